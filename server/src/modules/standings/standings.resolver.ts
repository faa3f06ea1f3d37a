import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { describeFormulas, FAMILIES } from './methodology.js';
import { periodLabel } from './periods.js';
import type { MethodologyRow } from './standings.repository.js';
import {
  getBreakdown,
  getCurrentMethodology,
  getMethodologies,
  getRankings,
  getStandings,
  type StandingPointView,
} from './standings.service.js';
import type { SourceRow } from '../sources/sources.repository.js';
import { Source } from '../sources/sources.types.js';
import {
  Contribution,
  Methodology,
  Ranking,
  RankingsArgs,
  StandingArgs,
  StandingBreakdown,
  StandingsArgs,
  StandingSeries,
  type Granularity,
  type IndicatorFamily,
} from './standings.types.js';

@Resolver()
export class StandingsResolver {
  @Query(() => Methodology, { description: 'The current methodology of the standing index.' })
  async methodology(@Ctx() ctx: RequestContext): Promise<Methodology> {
    return toMethodology(await getCurrentMethodology(ctx.db));
  }

  @Query(() => [Methodology], { description: 'Every published methodology version, newest first.' })
  async methodologies(@Ctx() ctx: RequestContext): Promise<Methodology[]> {
    return (await getMethodologies(ctx.db)).map(toMethodology);
  }

  @Query(() => [StandingSeries], {
    description: 'Each power’s standing over time in a region: one series per power, one point per period.',
  })
  async standings(
    @Args(() => StandingsArgs) args: StandingsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<StandingSeries[]> {
    const series = await getStandings(ctx, args);
    return series.map(({ power, granularity, points }) => ({
      power,
      granularity: granularity as Granularity,
      points: points.map(toStandingPoint),
    }));
  }

  @Query(() => StandingBreakdown, {
    nullable: true,
    description:
      'One power’s standing in one period, with the records behind it; null outside the computed periods.',
  })
  async standing(
    @Args(() => StandingArgs) args: StandingArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<StandingBreakdown | null> {
    const breakdown = await getBreakdown(ctx, args);
    if (!breakdown) return null;
    const region = (await ctx.loaders.regionBySlug.load(breakdown.regionSlug))!;
    return {
      ...toStandingPoint(breakdown),
      power: breakdown.power,
      region,
      granularity: breakdown.granularity as Granularity,
      methodology: toMethodology(breakdown.methodology),
      contributions: breakdown.contributions.map((contribution) => ({
        ...contribution,
        family: contribution.family as IndicatorFamily,
        power: breakdown.power.code,
      })),
      subIndexChanges: breakdown.subIndexChanges.map((change) => ({
        ...change,
        family: change.family as IndicatorFamily,
      })),
    };
  }

  @Query(() => [Ranking], { description: 'The tracked powers ranked by composite in one region and period.' })
  async rankings(
    @Args(() => RankingsArgs) args: RankingsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Ranking[]> {
    return (await getRankings(ctx, args)).map((point) => ({
      power: point.power,
      rank: point.rank,
      composite: point.composite,
      change: point.change,
    }));
  }
}

function toStandingPoint(view: StandingPointView) {
  const families = FAMILIES.filter((family) => view.subIndices[family] !== null);
  return {
    period: view.period,
    periodLabel: periodLabel(view.period, view.granularity),
    composite: view.composite,
    rank: view.rank,
    change: view.change,
    subIndices: FAMILIES.map((family) => ({
      family: family as IndicatorFamily,
      value: view.subIndices[family],
      weight: view.weights[family],
    })),
    coverage: {
      available: families.length,
      total: FAMILIES.length,
      families: families as IndicatorFamily[],
      label: `${families.length} of ${FAMILIES.length} sub-indices have data`,
    },
  };
}

function toMethodology(row: MethodologyRow): Methodology {
  return {
    version: row.version,
    name: row.name,
    createdAt: row.createdAt,
    description: row.description,
    weights: FAMILIES.map((family) => ({
      family: family as IndicatorFamily,
      weight: row.parameters.weights[family],
    })),
    formulas: describeFormulas(row.parameters).map((formula) => ({
      ...formula,
      family: formula.family as IndicatorFamily | null,
    })),
    parameters: JSON.stringify(row.parameters, null, 2),
  };
}

type ContributionRow = Contribution & { power: string };

@Resolver(() => Contribution)
export class ContributionResolver {
  @FieldResolver(() => [Source], {
    description: 'Sources of the record (for a facility, of its status in that period).',
  })
  sources(@Root() contribution: ContributionRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    const type = contribution.recordType as
      'SUMMIT' | 'SUMMIT_PARTICIPATION' | 'FACILITY_STATUS' | 'ARMS_TRANSFER';
    return ctx.loaders.sourcesByRecord.load({
      type,
      recordKey: contribution.recordId,
      actorCode: type === 'SUMMIT_PARTICIPATION' ? contribution.power : undefined,
      validFrom: type === 'FACILITY_STATUS' ? (contribution.date ?? undefined) : undefined,
    });
  }
}
