import { format } from 'd3-format';
import { utcFormat, utcParse } from 'd3-time-format';

export const NO_DATA = '—';

const oneDecimal = format('.1f');
const signedOneDecimal = format('+.1f');
const grouped = format(',');
const parseDay = utcParse('%Y-%m-%d');
const longDay = utcFormat('%-d %b %Y');

/** A 0–100 score with one decimal, or a dash when there is no evidence (null is not zero). */
export function formatScore(value: number | null | undefined): string {
  return value == null ? NO_DATA : oneDecimal(value);
}

/** A signed change with a true minus sign: "+3.1", "−12.0", "0.0". */
export function formatChange(value: number | null | undefined): string {
  if (value == null) return NO_DATA;
  if (Math.abs(value) < 0.05) return '0.0';
  return signedOneDecimal(value).replace('-', '−');
}

export function formatCount(value: number | null | undefined): string {
  return value == null ? NO_DATA : grouped(value);
}

/** Millions of US dollars as "$440 m" or "$1.96 bn". */
export function formatUsdMillions(value: number | null | undefined): string {
  if (value == null) return NO_DATA;
  if (Math.abs(value) >= 1000) return `$${format('.3~r')(value / 1000)} bn`;
  return `$${format('.3~r')(value)} m`;
}

/** "2025-10-13" → "13 Oct 2025". */
export function formatDay(day: string | null | undefined): string {
  if (!day) return NO_DATA;
  const parsed = parseDay(day);
  return parsed ? longDay(parsed) : day;
}

/** An API enum value in words: "HEAD_OF_STATE" → "head of state". */
export function humanise(value: string | null | undefined): string {
  return value ? value.toLowerCase().replaceAll('_', ' ') : NO_DATA;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
