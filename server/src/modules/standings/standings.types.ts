import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Power } from '../actors/actors.types.js';
import { Region } from '../regions/regions.types.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export enum Granularity {
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
}
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Length of the periods a standing is computed for.',
  valuesConfig: {
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Calendar quarters, starting in January, April, July and October.' },
    YEAR: { description: 'Calendar years.' },
  },
});

export enum IndicatorFamily {
  SUMMITS = 'summits',
  BASES = 'bases',
  ARMS = 'arms',
}
registerEnumType(IndicatorFamily, {
  name: 'IndicatorFamily',
  description: 'A family of evidence behind one sub-index.',
  valuesConfig: {
    SUMMITS: { description: 'Who comes to a power’s summits, and whether it shows up at others’.' },
    BASES: { description: 'Military facilities a power holds in the region, by kind and status.' },
    ARMS: { description: 'A power’s share of arms deliveries to the region.' },
  },
});

@ObjectType({ description: 'A composite weight of one family of evidence.' })
export class FamilyWeight {
  @Field(() => IndicatorFamily, { description: 'The family.' })
  family!: IndicatorFamily;

  @Field(() => Float, { description: 'Its share of the composite; the weights sum to 1.' })
  weight!: number;
}

@ObjectType({ description: 'One formula of the methodology, in symbols and in words.' })
export class Formula {
  @Field(() => IndicatorFamily, {
    nullable: true,
    description: 'The family it scores; null for normalisation and the composite.',
  })
  family!: IndicatorFamily | null;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The formula in symbols.' })
  formula!: string;

  @Field(() => String, { description: 'What it means and why, in words.' })
  explanation!: string;
}

@ObjectType({
  description: 'A published, versioned methodology of the standing index. A version never changes.',
})
export class Methodology {
  @Field(() => Int, { description: 'Version number; scores name the version they were computed with.' })
  version!: number;

  @Field(() => String, { description: 'Name of this version.' })
  name!: string;

  @Field(() => DateTimeScalar, { description: 'When this version was published.' })
  createdAt!: Date;

  @Field(() => String, { description: 'What the index measures and how, in plain words.' })
  description!: string;

  @Field(() => [FamilyWeight], { description: 'Composite weights.' })
  weights!: FamilyWeight[];

  @Field(() => [Formula], { description: 'Every formula, with its explanation.' })
  formulas!: Formula[];

  @Field(() => String, {
    description: 'All parameters (windows, level, status and kind weights) as JSON text.',
  })
  parameters!: string;
}

@ObjectType({ description: 'One sub-index of a standing.', simpleResolvers: true })
export class SubIndexValue {
  @Field(() => IndicatorFamily, { description: 'Which family of evidence.' })
  family!: IndicatorFamily;

  @Field(() => Float, {
    nullable: true,
    description: '0–100 across the tracked powers (100 = leader); null when there is no evidence.',
  })
  value!: number | null;

  @Field(() => Float, { description: 'Weight of this family in the composite (after any custom weights).' })
  weight!: number;
}

@ObjectType({ description: 'How much evidence a score rests on.', simpleResolvers: true })
export class Coverage {
  @Field(() => Int, { description: 'Sub-indices with evidence.' })
  available!: number;

  @Field(() => Int, { description: 'Sub-indices in the methodology.' })
  total!: number;

  @Field(() => [IndicatorFamily], { description: 'The families with evidence.' })
  families!: IndicatorFamily[];

  @Field(() => String, { description: 'e.g. "2 of 3 sub-indices have data".' })
  label!: string;
}

@ObjectType({ description: 'A power’s standing in one period.', simpleResolvers: true })
export class StandingPoint {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  period!: string;

  @Field(() => String, { description: '"2025-Q4", "2025-10" or "2025".' })
  periodLabel!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted composite, 0–100; null when no sub-index has evidence.',
  })
  composite!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the tracked powers (1 = highest; ties share a rank); null without a composite.',
  })
  rank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Composite minus the previous period’s; null if either is null.',
  })
  change!: number | null;

  @Field(() => [SubIndexValue], { description: 'The sub-indices the composite is built from.' })
  subIndices!: SubIndexValue[];

  @Field(() => Coverage, { description: 'Which sub-indices had evidence.' })
  coverage!: Coverage;
}

@ObjectType({ description: 'One power’s standing over time in a region.' })
export class StandingSeries {
  @Field(() => Power, { description: 'The power.' })
  power!: Power;

  @Field(() => Granularity, { description: 'Period length.' })
  granularity!: Granularity;

  @Field(() => [StandingPoint], { description: 'One point per period, oldest first.' })
  points!: StandingPoint[];
}

@ObjectType({ description: 'A record that contributed to a standing, and how much.' })
export class Contribution {
  @Field(() => IndicatorFamily, { description: 'Which sub-index it feeds.' })
  family!: IndicatorFamily;

  @Field(() => String, { description: 'SUMMIT, SUMMIT_PARTICIPATION, FACILITY_STATUS or ARMS_TRANSFER.' })
  recordType!: string;

  @Field(() => ID, { description: 'Id of the summit, facility or arms transfer.' })
  recordId!: string;

  @Field(() => String, { description: 'What the record is and why it counts.' })
  label!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it happened (for a facility, when its current status began).',
  })
  date!: string | null;

  @Field(() => Float, {
    description:
      'Points it adds to the family’s raw score in this period (negative counts against); for arms, a share of deliveries.',
  })
  contribution!: number;

  @Field(() => Float, {
    description: 'Its contribution now minus in the previous period: what moved the score.',
  })
  change!: number;
}

@ObjectType({
  description:
    'How a sub-index changed since the previous period, split into what the power’s own records did and what other powers did to the 0–100 scale.',
})
export class SubIndexChange {
  @Field(() => IndicatorFamily, { description: 'Which sub-index.' })
  family!: IndicatorFamily;

  @Field(() => Float, { nullable: true, description: 'Value in this period, 0–100; null without evidence.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value in the previous period.' })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true, description: '`value − previousValue`; null if either is null.' })
  change!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The part of the change due to this power’s own records (other powers held at their previous scores).',
  })
  fromOwnRecords!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The rest: other powers’ records moved the scale (the leader scores 100).',
  })
  fromOtherPowers!: number | null;
}

@ObjectType({ description: 'A standing with the records behind it.' })
export class StandingBreakdown extends StandingPoint {
  @Field(() => Power, { description: 'The power.' })
  power!: Power;

  @Field(() => Region, { description: 'The region.' })
  region!: Region;

  @Field(() => Granularity, { description: 'Period length.' })
  granularity!: Granularity;

  @Field(() => Methodology, { description: 'The methodology version the score was computed with.' })
  methodology!: Methodology;

  @Field(() => [Contribution], { description: 'Records that produced the score, biggest movers first.' })
  contributions!: Contribution[];

  @Field(() => [SubIndexChange], {
    description:
      'Each sub-index’s change since the previous period, split into own records and rescaling by other powers.',
  })
  subIndexChanges!: SubIndexChange[];
}

@ObjectType({ description: 'A power’s place in a region for one period.' })
export class Ranking {
  @Field(() => Power, { description: 'The power.' })
  power!: Power;

  @Field(() => Int, { nullable: true, description: '1 = highest composite; null without evidence.' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Composite, 0–100.' })
  composite!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change from the previous period.' })
  change!: number | null;
}

@InputType({
  description:
    'Custom composite weights for sensitivity tests; non-negative, not all zero; normalised to sum 1. Omitted families keep the published weight.',
})
export class WeightsInput {
  @Field(() => Float, { nullable: true, description: 'Weight of the summits sub-index.' })
  summits?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight of the bases sub-index.' })
  bases?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight of the arms sub-index.' })
  arms?: number | null;
}

@ArgsType()
export class StandingsArgs {
  @Field(() => String, { description: 'Region slug, e.g. `mena`.' })
  region!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Power codes (default: every tracked power), in the order wanted.',
  })
  powers?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First period: the one containing this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last period: the one containing this day.' })
  to?: string | null;

  @Field(() => Granularity, { nullable: true, description: 'Period length (default QUARTER).' })
  granularity?: Granularity | null;

  @Field(() => WeightsInput, {
    nullable: true,
    description: 'Custom composite weights, computed on the fly; stored scores are untouched.',
  })
  weights?: WeightsInput | null;
}

@ArgsType()
export class StandingArgs {
  @Field(() => String, { description: 'Power code, e.g. `RUS`.' })
  power!: string;

  @Field(() => String, { description: 'Region slug, e.g. `mena`.' })
  region!: string;

  @Field(() => DateScalar, { description: 'Any day in the period.' })
  period!: string;

  @Field(() => Granularity, { description: 'Period length.' })
  granularity!: Granularity;
}

@ArgsType()
export class RankingsArgs {
  @Field(() => String, { description: 'Region slug, e.g. `mena`.' })
  region!: string;

  @Field(() => DateScalar, { description: 'Any day in the period.' })
  period!: string;

  @Field(() => Granularity, { description: 'Period length.' })
  granularity!: Granularity;
}
