import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Confidence, SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';

export enum EventKind {
  STATE_VISIT = 'state_visit',
  MEETING = 'meeting',
  AGREEMENT = 'agreement',
  EXTRADITION_REQUEST = 'extradition_request',
  MILITARY = 'military',
  DIPLOMATIC = 'diplomatic',
  SANCTIONS = 'sanctions',
  OTHER = 'other',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event a context entry records.',
  valuesConfig: {
    STATE_VISIT: { description: 'A leader’s visit to another country.' },
    MEETING: { description: 'Talks between leaders, ministers or delegations, summits included.' },
    AGREEMENT: { description: 'A deal, treaty, memorandum or partnership agreed or signed.' },
    EXTRADITION_REQUEST: { description: 'One state asking another to hand someone over.' },
    MILITARY: { description: 'A military move: an intervention, a deployment, a withdrawal or a strike.' },
    DIPLOMATIC: {
      description:
        'A diplomatic step short of a meeting: a statement, a call, a suspension or a condemnation.',
    },
    SANCTIONS: { description: 'Sanctions imposed, eased or lifted.' },
    OTHER: { description: 'Anything else, e.g. a change of government or a commercial contract cancelled.' },
  },
});

@ObjectType({
  description: 'A dated context entry: a state visit, an agreement, a request, a military move.',
})
export class Event {
  @Field(() => ID, { description: 'Stable identifier (a slug).' })
  id!: string;

  @Field(() => DateScalar, { description: 'Day it happened.' })
  date!: string;

  @Field(() => String, { description: 'One-line summary.' })
  title!: string;

  @Field(() => EventKind, { description: 'What sort of event it is.' })
  kind!: EventKind;

  @Field(() => String, { description: 'What happened, briefly.' })
  description!: string;

  @Field(() => Confidence, { description: 'How firmly the sources support this record.' })
  confidence!: Confidence;
}

@ObjectType({ description: 'A page of events.' })
export class EventConnection extends Connection(Event, 'event') {}

@InputType({ description: 'Filters on events; all given conditions must hold.' })
export class EventWhere {
  @Field(() => String, { nullable: true, description: 'Only events concerning this region (slug).' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events involving this actor (code).' })
  actor?: string | null;

  @Field(() => [EventKind], { nullable: true, description: 'Only these kinds.' })
  kind?: EventKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  to?: string | null;
}

export enum EventOrderField {
  DATE = 'date',
  TITLE = 'title',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'Fields events can be sorted by.',
  valuesConfig: {
    DATE: { description: 'By the day it happened.' },
    TITLE: { description: 'By title, alphabetically.' },
  },
});

@InputType({ description: 'Sort order for events.' })
export class EventOrder {
  @Field(() => EventOrderField, { description: 'The field to sort by.' })
  field!: EventOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventWhere, { nullable: true, description: 'Filters.' })
  where?: EventWhere | null;

  @Field(() => EventOrder, { nullable: true, description: 'Sort order; most recent first when omitted.' })
  orderBy?: EventOrder | null;
}
