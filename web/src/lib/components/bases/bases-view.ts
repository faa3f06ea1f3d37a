import { readRegion, type Reference } from '../../reference/reference';
import { readDay, readSubset } from '../../router/params';

export interface BasesView {
  region: string;
  powers: string[];
  /** The day the map shows, YYYY-MM-DD. */
  date: string;
  facility: string | null;
}

/** The first month the slider offers: the dataset's facility records start in 2015. */
export const FIRST_MONTH = '2015-01';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function readBasesView(params: URLSearchParams, reference: Reference): BasesView {
  const codes = reference.powers.map((power) => power.code);
  return {
    region: readRegion(reference, params.get('region')),
    powers: readSubset(params.get('powers'), codes, codes),
    date: readDay(params.get('date')) ?? today(),
    facility: params.get('facility') || null,
  };
}

/** Months from `first` (YYYY-MM) to `last` (YYYY-MM), for the date slider's steps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
