import type { Column } from '../../download/csv';
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

/** One power in one period: a row of the standings charts' table views and CSVs. */
export interface StandingRow {
  series: StandingSeries;
  point: StandingPoint;
}

export function standingRows(series: readonly StandingSeries[]): StandingRow[] {
  return series.flatMap((item) => item.points.map((point) => ({ series: item, point })));
}

/** The columns every standings table starts with: which period and which power. */
export const STANDING_ROW_KEYS: readonly Column<StandingRow>[] = [
  { key: 'period', label: 'period', value: (row) => row.point.periodLabel },
  { key: 'period_start', label: 'period_start', value: (row) => row.point.period },
  {
    key: 'power',
    label: 'power',
    value: (row) => row.series.power.code,
    format: (row) => row.series.power.name,
  },
];

/** The column every standings table ends with: how much of the index had evidence. */
export const STANDING_ROW_COVERAGE: Column<StandingRow> = {
  key: 'coverage',
  label: 'coverage',
  value: (row) => row.point.coverage.label,
};
