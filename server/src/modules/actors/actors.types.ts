import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';

export enum ActorKind {
  STATE = 'state',
  ORGANISATION = 'organisation',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'Whether an actor is a state or an international organisation.',
  valuesConfig: {
    STATE: { description: 'A sovereign state; its code is ISO 3166-1 alpha-3.' },
    ORGANISATION: {
      description: 'An international organisation such as the Arab League; its code starts with X.',
    },
  },
});

@ObjectType({ description: 'A state or organisation that appears in the records.' })
export class Actor {
  @Field(() => String, {
    description:
      'ISO 3166-1 alpha-3 code for states (RUS, SYR); an X-prefixed code for organisations (XAL = Arab League).',
  })
  code!: string;

  @Field(() => String, { description: 'Common English name.' })
  name!: string;

  @Field(() => ActorKind, { description: 'State or organisation.' })
  kind!: ActorKind;

  @Field(() => Boolean, { description: 'Whether Clout tracks this actor’s standing as a power.' })
  isPower!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Display colour (#RRGGBB) for tracked powers; null otherwise.',
  })
  colour!: string | null;
}

@ObjectType({
  description: 'A power whose standing Clout tracks (Russia, the United States, China and Turkey to start).',
})
export class Power {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code.' })
  code!: string;

  @Field(() => String, { description: 'Common English name.' })
  name!: string;

  @Field(() => String, { description: 'Display colour used on every chart, #RRGGBB.' })
  colour!: string;
}

@ObjectType({ description: 'A page of actors.' })
export class ActorConnection extends Connection(Actor, 'actor') {}

@InputType({ description: 'Filters on actors; all given conditions must hold.' })
export class ActorWhere {
  @Field(() => ActorKind, { nullable: true, description: 'Only states or only organisations.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Only members of this region (slug, e.g. `mena`).' })
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tracked powers (true) or only others (false).' })
  isPower?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or code.' })
  search?: string | null;
}

export enum ActorOrderField {
  CODE = 'code',
  NAME = 'name',
}
registerEnumType(ActorOrderField, {
  name: 'ActorOrderField',
  description: 'Fields actors can be sorted by.',
  valuesConfig: {
    CODE: { description: 'By code, e.g. RUS before SYR.' },
    NAME: { description: 'By common English name, alphabetically.' },
  },
});

@InputType({ description: 'Sort order for actors.' })
export class ActorOrder {
  @Field(() => ActorOrderField, { description: 'The field to sort by.' })
  field!: ActorOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorWhere, { nullable: true, description: 'Filters.' })
  where?: ActorWhere | null;

  @Field(() => ActorOrder, { nullable: true, description: 'Sort order; by name when omitted.' })
  orderBy?: ActorOrder | null;
}
