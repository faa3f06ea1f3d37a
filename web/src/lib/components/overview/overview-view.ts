import type { Granularity } from '../../graphql/generated/graphql';
import { readRegion, type Reference } from '../../reference/reference';
import { readChoice, readMonth, readSubset } from '../../router/params';
import { readWeights, type Weights } from './weights';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;

export interface SelectedPoint {
  power: string;
  /** First day of the period, YYYY-MM-DD. */
  period: string;
}

export interface OverviewView {
  region: string;
  powers: string[];
  /** First and last month shown, YYYY-MM. */
  from: string;
  to: string;
  granularity: Granularity;
  /** The point whose records "what moved" explains; null = the latest point of the first power. */
  point: SelectedPoint | null;
  /** Custom composite weights, or null for the published ones. */
  weights: Weights | null;
}

function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/** Six full years back from January: long enough to see a trend, short enough to read quarters. */
export function defaultFrom(): string {
  return `${new Date().getUTCFullYear() - 6}-01`;
}

export function readOverviewView(params: URLSearchParams, reference: Reference): OverviewView {
  const codes = reference.powers.map((power) => power.code);
  let from = readMonth(params.get('from')) ?? defaultFrom();
  let to = readMonth(params.get('to')) ?? currentMonth();
  if (from > to) [from, to] = [to, from];
  return {
    region: readRegion(reference, params.get('region')),
    powers: readSubset(params.get('powers'), codes, codes),
    from,
    to,
    granularity: readChoice(params.get('granularity'), GRANULARITIES, 'quarter').toUpperCase() as Granularity,
    point: readPoint(params.get('point'), codes),
    weights: readWeights(params.get('weights')),
  };
}

/** `point=RUS_2025-10-01`. */
function readPoint(value: string | null, codes: readonly string[]): SelectedPoint | null {
  const match = value?.match(/^([A-Z]{3})_(\d{4}-\d{2}-\d{2})$/);
  return match && codes.includes(match[1]!) ? { power: match[1]!, period: match[2]! } : null;
}

export function writePoint(point: SelectedPoint | null): string | null {
  return point ? `${point.power}_${point.period}` : null;
}

/** Last day of a YYYY-MM month, for the API's inclusive `to`. */
export function monthEnd(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}
