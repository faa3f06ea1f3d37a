import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Confidence, SortDirection } from '../../graphql/common.types.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';

export enum FacilityKind {
  AIR = 'air',
  NAVAL = 'naval',
  GROUND = 'ground',
  LOGISTICS = 'logistics',
  INTELLIGENCE = 'intelligence',
}
registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'What a military facility is chiefly for.',
  valuesConfig: {
    AIR: { description: 'An air base or airfield used by the operator’s aircraft.' },
    NAVAL: { description: 'A naval base, port or naval support point.' },
    GROUND: { description: 'A garrison, training base or ground-force contingent.' },
    LOGISTICS: { description: 'A supply, staging or prepositioning hub.' },
    INTELLIGENCE: { description: 'A monitoring, listening or surveillance post.' },
  },
});

export enum FacilityStatus {
  ACTIVE = 'active',
  CONTESTED = 'contested',
  NEGOTIATING = 'negotiating',
  AGREED = 'agreed',
  SUSPENDED = 'suspended',
  WITHDRAWN = 'withdrawn',
  LOST = 'lost',
}
registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description: 'The operating power’s hold on a facility at a point in time.',
  valuesConfig: {
    ACTIVE: { description: 'In use by the operating power.' },
    CONTESTED: {
      description: 'Presence disputed or at risk (e.g. after a change of government in the host).',
    },
    NEGOTIATING: { description: 'Its future is under negotiation with the host.' },
    AGREED: { description: 'An agreement is signed but the facility is not operating.' },
    SUSPENDED: { description: 'Use suspended for now.' },
    WITHDRAWN: { description: 'The operating power left.' },
    LOST: { description: 'Taken away against the operating power’s will.' },
  },
});

@ObjectType({ description: 'A military base or access point held by one power in another country.' })
export class Facility {
  @Field(() => ID, { description: 'Stable identifier (a slug), e.g. `rus-hmeimim-air-base`.' })
  id!: string;

  @Field(() => String, { description: 'Common name.' })
  name!: string;

  @Field(() => FacilityKind, { description: 'Air, naval, ground, logistics or intelligence.' })
  kind!: FacilityKind;

  @Field(() => Float, { description: 'Latitude in decimal degrees (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in decimal degrees (WGS 84).' })
  longitude!: number;

  @Field(() => String, { description: 'What the facility is, briefly.' })
  description!: string;

  @Field(() => Confidence, { description: 'How firmly the sources support this record.' })
  confidence!: Confidence;

  @Field(() => DateScalar, {
    description: 'The day `status` refers to (the query’s `asOf`, today by default).',
  })
  asOf!: string;

  @Field(() => FacilityStatus, {
    nullable: true,
    description:
      'Status on `asOf`; null when the record has no status for that day (e.g. before the facility existed).',
  })
  status!: FacilityStatus | null;
}

@ObjectType({ description: 'One period of a facility’s status timeline: [validFrom, validTo).' })
export class FacilityStatusPeriod {
  @Field(() => FacilityStatus, { description: 'The status during this period.' })
  status!: FacilityStatus;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  validFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day the period ended (exclusive); null while it lasts.',
  })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'What changed.' })
  note!: string | null;

  @Field(() => Confidence, { description: 'How firmly the sources support this period.' })
  confidence!: Confidence;
}

@ObjectType({ description: 'A page of facilities.' })
export class FacilityConnection extends Connection(Facility, 'facility') {}

@InputType({ description: 'Filters on facilities; all given conditions must hold.' })
export class FacilityWhere {
  @Field(() => String, {
    nullable: true,
    description: 'Only facilities in this region’s member countries (slug).',
  })
  region?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only facilities operated by one of these powers (codes).',
  })
  operator?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only facilities in this host country (code).' })
  host?: string | null;

  @Field(() => [FacilityKind], { nullable: true, description: 'Only these kinds.' })
  kind?: FacilityKind[] | null;

  @Field(() => [FacilityStatus], {
    nullable: true,
    description: 'Only facilities whose status on `asOf` is one of these.',
  })
  status?: FacilityStatus[] | null;
}

export enum FacilityOrderField {
  NAME = 'name',
  OPERATOR = 'operator',
  HOST = 'host',
}
registerEnumType(FacilityOrderField, {
  name: 'FacilityOrderField',
  description: 'Fields facilities can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By name, alphabetically.' },
    OPERATOR: { description: 'By the operating power’s code, then by name.' },
    HOST: { description: 'By the host country’s code, then by name.' },
  },
});

@InputType({ description: 'Sort order for facilities.' })
export class FacilityOrder {
  @Field(() => FacilityOrderField, { description: 'The field to sort by.' })
  field!: FacilityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class FacilitiesArgs extends PageArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day each facility’s `status` is given for; today when omitted.',
  })
  asOf?: string | null;

  @Field(() => FacilityWhere, { nullable: true, description: 'Filters.' })
  where?: FacilityWhere | null;

  @Field(() => FacilityOrder, { nullable: true, description: 'Sort order; by name when omitted.' })
  orderBy?: FacilityOrder | null;
}
