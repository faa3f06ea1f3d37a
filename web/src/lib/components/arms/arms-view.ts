import { readRegion, type Reference } from '../../reference/reference';
import { readChoice, readInteger, readSubset } from '../../router/params';

export const MEASURES = ['count', 'value'] as const;
export type Measure = (typeof MEASURES)[number];

export interface ArmsView {
  region: string;
  /** Supplier codes (the tracked powers). */
  powers: string[];
  fromYear: number;
  toYear: number;
  /** How top recipients are ranked: number of transfers or reported deal value. */
  measure: Measure;
}

/** Earliest year offered: the dataset's oldest arms orders date from 2011. */
export const FIRST_YEAR = 2011;

export function currentYear(): number {
  return new Date().getUTCFullYear();
}

export function readArmsView(params: URLSearchParams, reference: Reference): ArmsView {
  const codes = reference.powers.map((power) => power.code);
  const last = currentYear();
  const clamp = (year: number | null, fallback: number) =>
    year === null ? fallback : Math.min(last, Math.max(FIRST_YEAR, year));
  const fromYear = clamp(readInteger(params.get('from')), 2015);
  const toYear = clamp(readInteger(params.get('to')), last);
  return {
    region: readRegion(reference, params.get('region')),
    powers: readSubset(params.get('powers'), codes, codes),
    fromYear: Math.min(fromYear, toYear),
    toYear: Math.max(fromYear, toYear),
    measure: readChoice(params.get('measure'), MEASURES, 'count'),
  };
}
