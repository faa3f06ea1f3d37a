import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Confidence, SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';

export enum SummitStatus {
  PLANNED = 'planned',
  HELD = 'held',
  POSTPONED = 'postponed',
  CANCELLED = 'cancelled',
}
registerEnumType(SummitStatus, {
  name: 'SummitStatus',
  description: 'Whether a summit took place.',
  valuesConfig: {
    PLANNED: { description: 'Announced for a future date.' },
    HELD: { description: 'Took place.' },
    POSTPONED: { description: 'Put off; counts as a failed summit for its convener.' },
    CANCELLED: { description: 'Called off; counts as a failed summit for its convener.' },
  },
});

export enum ParticipantStatus {
  ATTENDED = 'attended',
  DECLINED = 'declined',
  ABSENT = 'absent',
  NOT_INVITED = 'not_invited',
}
registerEnumType(ParticipantStatus, {
  name: 'ParticipantStatus',
  description: 'Whether an actor took part in a summit.',
  valuesConfig: {
    ATTENDED: { description: 'Sent a delegation (see `level`).' },
    DECLINED: { description: 'Was invited and said no.' },
    ABSENT: { description: 'Did not come; sources do not say it declined an invitation.' },
    NOT_INVITED: { description: 'Was not invited.' },
  },
});

export enum ParticipantLevel {
  HEAD_OF_STATE = 'head_of_state',
  HEAD_OF_GOVERNMENT = 'head_of_government',
  MINISTER = 'minister',
  ENVOY = 'envoy',
  OFFICIAL = 'official',
}
registerEnumType(ParticipantLevel, {
  name: 'ParticipantLevel',
  description: 'Who led a delegation: the level of representation.',
  valuesConfig: {
    HEAD_OF_STATE: { description: 'The head of state: a president, king or emir.' },
    HEAD_OF_GOVERNMENT: { description: 'The head of government: a prime minister.' },
    MINISTER: { description: 'A government minister, e.g. the foreign minister.' },
    ENVOY: { description: 'A special envoy, ambassador or chargé d’affaires.' },
    OFFICIAL: {
      description:
        'Anyone else, e.g. an organisation’s secretary-general or a crown prince standing in for a ruler.',
    },
  },
});

@ObjectType({ description: 'A summit or leaders’ meeting: who convened it, where, when, and who came.' })
export class Summit {
  @Field(() => ID, { description: 'Stable identifier (a slug), e.g. `sharm-el-sheikh-peace-summit-2025`.' })
  id!: string;

  @Field(() => String, { description: 'Name as commonly reported.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'City where it was (or was to be) held.' })
  city!: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day (same as `startDate` for a one-day summit).' })
  endDate!: string;

  @Field(() => SummitStatus, { description: 'Whether it took place.' })
  status!: SummitStatus;

  @Field(() => String, { description: 'What happened, briefly.' })
  description!: string;

  @Field(() => Confidence, { description: 'How firmly the sources support this record.' })
  confidence!: Confidence;
}

@ObjectType({
  description: 'One actor’s part in a summit: attended (at what level), declined, absent or not invited.',
})
export class SummitParticipant {
  @Field(() => ParticipantStatus, { description: 'Whether the actor took part.' })
  status!: ParticipantStatus;

  @Field(() => ParticipantLevel, {
    nullable: true,
    description: 'Level of the delegation; null unless it attended.',
  })
  level!: ParticipantLevel | null;

  @Field(() => String, { nullable: true, description: 'Who came, or why not.' })
  note!: string | null;

  @Field(() => Confidence, { description: 'How firmly the sources support this entry.' })
  confidence!: Confidence;
}

@ObjectType({ description: 'A page of summits.' })
export class SummitConnection extends Connection(Summit, 'summit') {}

@InputType({ description: 'Filters on summits; all given conditions must hold.' })
export class SummitWhere {
  @Field(() => String, { nullable: true, description: 'Only summits concerning this region (slug).' })
  region?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only summits where this actor has a participation record (any status).',
  })
  actor?: string | null;

  @Field(() => ParticipantStatus, {
    nullable: true,
    description: 'With `actor`: only summits where that actor had this status (e.g. ABSENT).',
  })
  actorStatus?: ParticipantStatus | null;

  @Field(() => String, { nullable: true, description: 'Only summits convened by this actor (code).' })
  convener?: string | null;

  @Field(() => String, { nullable: true, description: 'Only summits hosted by this country (code).' })
  host?: string | null;

  @Field(() => [SummitStatus], { nullable: true, description: 'Only summits with one of these statuses.' })
  status?: SummitStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only summits ending on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only summits starting on or before this day.' })
  to?: string | null;
}

export enum SummitOrderField {
  START_DATE = 'startDate',
  NAME = 'name',
}
registerEnumType(SummitOrderField, {
  name: 'SummitOrderField',
  description: 'Fields summits can be sorted by.',
  valuesConfig: {
    START_DATE: { description: 'By first day.' },
    NAME: { description: 'By name, alphabetically.' },
  },
});

@InputType({ description: 'Sort order for summits.' })
export class SummitOrder {
  @Field(() => SummitOrderField, { description: 'The field to sort by.' })
  field!: SummitOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class SummitsArgs extends PageArgs {
  @Field(() => SummitWhere, { nullable: true, description: 'Filters.' })
  where?: SummitWhere | null;

  @Field(() => SummitOrder, { nullable: true, description: 'Sort order; most recent first when omitted.' })
  orderBy?: SummitOrder | null;
}
