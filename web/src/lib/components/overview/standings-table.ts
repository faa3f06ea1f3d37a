import type { IndicatorFamily } from '../../graphql/generated/graphql';
import type { StandingPoint, StandingSeries } from './overview';

/** The value of one sub-index at a point, or null when it has no evidence. */
export function subIndex(point: StandingPoint | undefined, family: IndicatorFamily): number | null {
  return point?.subIndices.find((item) => item.family === family)?.value ?? null;
}

export function pointAt(series: StandingSeries, period: string): StandingPoint | undefined {
  return series.points.find((point) => point.period === period);
}

/**
 * The period a first view explains: where the series moved most (the story worth reading), else its
 * latest score, else null when it has none.
 */
export function biggestMove(series: StandingSeries | undefined): string | null {
  const scored = series?.points.filter((point) => point.composite !== null) ?? [];
  const moves = scored.filter((point) => point.change !== null && Math.abs(point.change) >= 0.05);
  if (moves.length === 0) return scored.at(-1)?.period ?? null;
  return moves.reduce((best, point) => (Math.abs(point.change!) > Math.abs(best.change!) ? point : best))
    .period;
}

export interface RankingRow {
  series: StandingSeries;
  point: StandingPoint | undefined;
  /** Places gained since the previous period (positive = up), null when unknown. */
  rankMove: number | null;
}

/** The powers at one period, best rank first (unranked last), with how their rank moved. */
export function rankingAt(series: readonly StandingSeries[], period: string): RankingRow[] {
  return series
    .map((item) => {
      const index = item.points.findIndex((point) => point.period === period);
      const point = item.points[index];
      const previous = index > 0 ? item.points[index - 1] : undefined;
      const rankMove = point?.rank != null && previous?.rank != null ? previous.rank - point.rank : null;
      return { series: item, point, rankMove };
    })
    .sort((a, b) => (a.point?.rank ?? Infinity) - (b.point?.rank ?? Infinity));
}
