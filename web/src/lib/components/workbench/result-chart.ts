// Charts a flattened query result: which columns hold times, numbers or categories, which chart fits,
// and the data the existing chart components draw. Pure, so it is unit-tested.
//
// Proposal rules (the reader can change every choice):
// - x: the first column (in the query's order) of dates or periods with two or more values → line;
//   else the first category column with two or more values that is not an identifier → bar.
// - y: the first number column that varies between rows and is not an identifier, ordering or
//   coordinate (so `composite` beats `rank`, and a contribution beats its parent's repeated
//   composite); else the first that is not a coordinate. Latitude and longitude are never proposed.
// - series: none when x alone is unique; else the category column (not an identifier, at most
//   MAX_SERIES values, fewer values than rows) that makes (series, x) the most unique, if at least
//   90% unique. Ties go to fewer values, then to the earlier column (`power.code` before `.name`).

import { extent } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { parseDay } from '../../charts/scales';
import type { LinePoint, LineSeries, StackedBar, StackKey } from '../../charts/types';
import { NO_DATA } from '../../format/format';
import type { Cell, FlatRow, FlatTable } from './flatten';

export type ColumnKind = 'temporal' | 'numeric' | 'categorical' | 'empty';

export interface ColumnProfile {
  name: string;
  kind: ColumnKind;
  /** How many different non-null values the column holds. */
  distinct: number;
}

export type ChartKind = 'line' | 'bar';

export interface ChartSpec {
  kind: ChartKind;
  x: string;
  y: string;
  series: string | null;
}

export type ChartProposal = { spec: ChartSpec } | { spec: null; reason: string };

/** The columns a reader may choose for each part of the chart. */
export interface ChartOptions {
  kinds: ChartKind[];
  x: Record<ChartKind, string[]>;
  y: string[];
  /** Category columns; the one on x is not a valid series. */
  series: string[];
}

/** A series colour source, e.g. the tracked powers from the reference data. */
export interface KnownColour {
  code: string;
  name: string;
  colour: string;
}

export interface ChartNotes {
  /** Rows added to an earlier row with the same series and x. */
  combined: number;
  /** Rows without an x or y value, not drawn. */
  skipped: number;
  /** Series beyond MAX_SERIES: left out of a line chart, stacked as "Other" in a bar chart. */
  leftOutSeries: number;
  /** Categories beyond MAX_BARS, not drawn. */
  leftOutBars: number;
  /** Negative bar parts, which a stack cannot show. */
  negative: number;
}

export type BuiltChart =
  | { kind: 'line'; series: LineSeries[]; min: number; max: number; notes: ChartNotes }
  | {
      kind: 'bar';
      bars: StackedBar[];
      keys: StackKey[];
      /** Time runs left to right; categories are ranked top to bottom. */
      orientation: 'vertical' | 'horizontal';
      integer: boolean;
      notes: ChartNotes;
    };

export const MAX_SERIES = 12;
export const MAX_BARS = 50;
const MOSTLY_UNIQUE = 0.9;
const OTHER_KEY = '\u0000other';
const NO_SERIES_VALUE = '(no value)';

// Okabe–Ito hues (colour-blind-safe, as the powers use), then Paul Tol's muted ones.
export const SERIES_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#AA4499',
  '#44AA99',
  '#999933',
  '#CC6677',
  '#88CCEE',
  '#DDCC77',
];

const YEAR = /^\d{4}$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const IDENTIFIER = /^(id|uuid|slug)$/i;
const ORDERING = /^(id|rank|position|index|order|ordinal|version)$/i;
const COORDINATE = /^(lat|lng|lon|long|latitude|longitude)$/i;

function leaf(column: string): string {
  return column.split('.').at(-1) ?? column;
}

function isCalendarDay(day: string): boolean {
  const date = parseDay(day);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/**
 * First day (YYYY-MM-DD) of a year ("2025" or 2025), quarter ("2025-Q4"), month ("2025-03"), date or
 * ISO timestamp (its UTC day when it has an offset); null for anything else.
 */
export function dayOf(value: Cell): string | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 2999 ? `${value}-01-01` : null;
  }
  if (typeof value !== 'string') return null;
  if (YEAR.test(value)) return `${value}-01-01`;
  const quarter = QUARTER.exec(value);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}-01`;
  if (MONTH.test(value)) return `${value}-01`;
  if (DATE.test(value)) return isCalendarDay(value) ? value : null;
  const timestamp = TIMESTAMP.exec(value);
  if (!timestamp?.[1] || !isCalendarDay(timestamp[1])) return null;
  return timestamp[4] ? new Date(value).toISOString().slice(0, 10) : timestamp[1];
}

function cellsOf(table: FlatTable, column: string): Cell[] {
  return table.rows.map((row) => row[column] ?? null);
}

// Whole numbers are years only under a column named for them (`orderYear`), never by value alone.
function kindOf(column: string, present: Cell[]): ColumnKind {
  if (present.length === 0) return 'empty';
  if (present.every((value) => typeof value === 'number')) {
    const years = /year$/i.test(leaf(column)) && present.every((value) => dayOf(value) !== null);
    return years ? 'temporal' : 'numeric';
  }
  if (present.every((value) => typeof value === 'string' && dayOf(value) !== null)) return 'temporal';
  return 'categorical';
}

/** Each column's kind: temporal, numeric, categorical (strings, booleans, mixtures) or empty. */
export function profileColumns(table: FlatTable): ColumnProfile[] {
  return table.columns.map((name) => {
    const present = cellsOf(table, name).filter((value) => value !== null);
    return { name, kind: kindOf(name, present), distinct: new Set(present).size };
  });
}

/** Which columns may go where: lines need time on x, bars take categories or time. */
export function chartOptions(table: FlatTable): ChartOptions {
  const profiles = profileColumns(table);
  const named = (kinds: ColumnKind[]) =>
    profiles.filter((profile) => kinds.includes(profile.kind)).map((profile) => profile.name);
  const y = named(['numeric']);
  const x = { line: named(['temporal']), bar: named(['categorical', 'temporal']) };
  const kinds = y.length ? (['line', 'bar'] as const).filter((kind) => x[kind].length > 0) : [];
  return { kinds, x, y, series: named(['categorical']) };
}

/** Why the spec cannot be drawn from this table, or null when it can. */
export function validateSpec(table: FlatTable, spec: ChartSpec): string | null {
  const options = chartOptions(table);
  if (!options.y.includes(spec.y)) return `"${spec.y}" does not hold numbers.`;
  if (!options.x[spec.kind].includes(spec.x)) {
    return spec.kind === 'line'
      ? `"${spec.x}" does not hold dates or periods, which a line chart needs along x.`
      : `"${spec.x}" cannot be used as categories.`;
  }
  if (spec.series !== null && (spec.series === spec.x || !options.series.includes(spec.series))) {
    return `"${spec.series}" cannot split the chart into series.`;
  }
  return null;
}

/** Applies a reader's choice, repairing what it breaks: x when the kind changes, a series equal to x. */
export function changeSpec(table: FlatTable, spec: ChartSpec, change: Partial<ChartSpec>): ChartSpec {
  const next = { ...spec, ...change };
  const options = chartOptions(table);
  const xs = options.x[next.kind];
  if (!xs.includes(next.x)) next.x = xs[0] ?? next.x;
  if (next.series === next.x) next.series = null;
  return next;
}

function measurePreference(column: string): number {
  const name = leaf(column);
  if (COORDINATE.test(name)) return Infinity;
  return ORDERING.test(name) || /(Id|Rank)$/.test(name) ? 1 : 0;
}

function proposedY(profiles: ColumnProfile[]): string | null {
  const numbers = profiles.filter((profile) => profile.kind === 'numeric');
  const ranked = numbers
    .map((profile, index) => ({
      name: profile.name,
      // A parent's number repeated on every row of a spread list (a standing's composite beside its
      // contributions) says nothing per row; summed by category it would mislead.
      repeated: profile.distinct < 2 ? 1 : 0,
      preference: measurePreference(profile.name),
      index,
    }))
    .filter((candidate) => candidate.preference !== Infinity)
    .sort((a, b) => a.repeated - b.repeated || a.preference - b.preference || a.index - b.index);
  return ranked[0]?.name ?? null;
}

function proposedX(profiles: ColumnProfile[]): { kind: ChartKind; x: string } | null {
  const varied = (profile: ColumnProfile) => profile.distinct >= 2;
  const time = profiles.filter((profile) => profile.kind === 'temporal');
  const categories = profiles.filter((profile) => profile.kind === 'categorical');
  const line = time.find(varied);
  if (line) return { kind: 'line', x: line.name };
  const bar =
    categories.find((profile) => varied(profile) && !IDENTIFIER.test(leaf(profile.name))) ?? categories[0];
  if (bar) return { kind: 'bar', x: bar.name };
  return time[0] ? { kind: 'line', x: time[0].name } : null;
}

function distinctCombinations(rows: FlatRow[], columns: string[]): number {
  return new Set(rows.map((row) => JSON.stringify(columns.map((column) => row[column] ?? null)))).size;
}

function proposedSeries(table: FlatTable, profiles: ColumnProfile[], x: string, y: string): string | null {
  const rows = table.rows.filter((row) => row[x] != null && row[y] != null);
  const alone = distinctCombinations(rows, [x]);
  if (alone === rows.length) return null;
  let best: { name: string; together: number; distinct: number } | null = null;
  for (const profile of profiles) {
    if (profile.kind !== 'categorical' || profile.name === x || IDENTIFIER.test(leaf(profile.name))) continue;
    // A column with a value per row (a name) would make every row its own series.
    if (profile.distinct < 2 || profile.distinct > MAX_SERIES || profile.distinct >= rows.length) continue;
    const together = distinctCombinations(rows, [profile.name, x]);
    if (
      !best ||
      together > best.together ||
      (together === best.together && profile.distinct < best.distinct)
    ) {
      best = { name: profile.name, together, distinct: profile.distinct };
    }
  }
  return best && best.together > alone && best.together >= MOSTLY_UNIQUE * rows.length ? best.name : null;
}

/** The chart this result most likely wants (rules at the top of this file), or why there is none. */
export function proposeChart(table: FlatTable): ChartProposal {
  if (table.rows.length === 0) return { spec: null, reason: 'The result has no rows to chart.' };
  const profiles = profileColumns(table);
  const y = proposedY(profiles);
  if (!y) {
    const onlyCoordinates = profiles.some((profile) => profile.kind === 'numeric');
    return {
      spec: null,
      reason: onlyCoordinates
        ? 'No column holds a measure to chart: latitude and longitude are positions, not amounts.'
        : 'No column holds numbers, so there is nothing to chart. Ask for a count, score or value.',
    };
  }
  const x = proposedX(profiles);
  if (!x) {
    return {
      spec: null,
      reason: 'Nothing to put along the x axis: no column holds dates, periods or categories.',
    };
  }
  return { spec: { ...x, y, series: proposedSeries(table, profiles, x.x, y) } };
}

/** Readable names for a `code` column: its sibling `name` column, when each code has exactly one. */
function displayNames(table: FlatTable, column: string): Map<string, string> {
  const names = new Map<string, string>();
  if (leaf(column) !== 'code') return names;
  const sibling = `${column.slice(0, -'code'.length)}name`;
  if (!table.columns.includes(sibling)) return names;
  for (const row of table.rows) {
    const code = row[column];
    const name = row[sibling];
    if (code == null || name == null) continue;
    const known = names.get(String(code));
    if (known !== undefined && known !== String(name)) return new Map();
    names.set(String(code), String(name));
  }
  return names;
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) {
    value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  }
  return value >>> 0;
}

/**
 * Colours per series value: a tracked power's own colour (by code or name), else a palette colour
 * picked by hashing the value, so a value keeps its colour between charts unless two collide.
 */
export function seriesColours(values: readonly string[], known: readonly KnownColour[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const value of values) {
    const power = known.find((item) => item.code === value || item.name === value);
    if (power) colours.set(value, power.colour);
  }
  const used = new Set([...colours.values()].map((colour) => colour.toUpperCase()));
  for (const value of [...values].sort()) {
    if (colours.has(value)) continue;
    const start = hash(value) % SERIES_PALETTE.length;
    const steps = SERIES_PALETTE.map((_, step) => SERIES_PALETTE[(start + step) % SERIES_PALETTE.length]!);
    const colour = steps.find((candidate) => !used.has(candidate)) ?? steps[0]!;
    colours.set(value, colour);
    used.add(colour);
  }
  return colours;
}

interface Sum {
  label: string;
  value: number;
}

interface Grouped {
  /** Series key → x key → summed value; maps keep first-seen order. */
  cells: Map<string, Map<string, Sum>>;
  /** x key → label, first-seen order. */
  xs: Map<string, string>;
  notes: ChartNotes;
}

function group(table: FlatTable, spec: ChartSpec, temporal: boolean): Grouped {
  const cells = new Map<string, Map<string, Sum>>();
  const xs = new Map<string, string>();
  const notes: ChartNotes = { combined: 0, skipped: 0, leftOutSeries: 0, leftOutBars: 0, negative: 0 };
  for (const row of table.rows) {
    const rawX = row[spec.x] ?? null;
    const value = row[spec.y];
    const xKey = temporal ? dayOf(rawX) : rawX === null ? null : String(rawX);
    if (xKey === null || typeof value !== 'number') {
      notes.skipped++;
      continue;
    }
    const label = String(rawX);
    // Different texts on one day (two timestamps) are named by the day.
    xs.set(xKey, xs.has(xKey) && xs.get(xKey) !== label ? xKey : label);
    const seriesKey = spec.series === null ? spec.y : String(row[spec.series] ?? NO_SERIES_VALUE);
    const line = cells.get(seriesKey) ?? new Map<string, Sum>();
    cells.set(seriesKey, line);
    const sum = line.get(xKey);
    if (sum) {
      sum.value += value;
      notes.combined++;
    } else {
      line.set(xKey, { label, value });
    }
  }
  return { cells, xs, notes };
}

/** Series keys by total size, largest first: the ones kept when there are too many. */
function bySize(cells: Map<string, Map<string, Sum>>): string[] {
  const size = (key: string) =>
    [...(cells.get(key)?.values() ?? [])].reduce((total, sum) => total + Math.abs(sum.value), 0);
  return [...cells.keys()].sort((a, b) => size(b) - size(a));
}

/** A value axis that includes zero and ends on round numbers, for about five ticks. */
function valueExtent(values: number[]): { min: number; max: number } {
  const [smallest = 0, largest = 0] = extent(values);
  const low = Math.min(0, smallest);
  const high = Math.max(0, largest);
  const [min = 0, max = 1] = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .nice(5)
    .domain();
  return { min, max };
}

function buildLine(table: FlatTable, spec: ChartSpec, known: readonly KnownColour[]): BuiltChart {
  const { cells, xs, notes } = group(table, spec, true);
  const kept = new Set(bySize(cells).slice(0, MAX_SERIES));
  notes.leftOutSeries = cells.size - kept.size;
  const keys = [...cells.keys()].filter((key) => kept.has(key));
  const names = spec.series ? displayNames(table, spec.series) : new Map<string, string>();
  const colours = spec.series ? seriesColours(keys, known) : new Map([[spec.y, 'var(--accent)']]);
  const series: LineSeries[] = keys.map((key) => ({
    key,
    name: names.get(key) ?? key,
    colour: colours.get(key) ?? 'var(--other)',
    points: [...(cells.get(key) ?? [])]
      .map(([day, sum]): LinePoint => ({ day, label: xs.get(day) ?? sum.label, value: sum.value }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  }));
  const values = series.flatMap((item) => item.points.map((point) => point.value ?? 0));
  return { kind: 'line', series, ...valueExtent(values), notes };
}

function buildBar(table: FlatTable, spec: ChartSpec, known: readonly KnownColour[]): BuiltChart {
  const temporal = profileColumns(table).find((profile) => profile.name === spec.x)?.kind === 'temporal';
  const { cells, xs, notes } = group(table, spec, temporal);
  const kept = new Set(bySize(cells).slice(0, MAX_SERIES));
  notes.leftOutSeries = cells.size - kept.size;
  const seriesNames = spec.series ? displayNames(table, spec.series) : new Map<string, string>();
  const colours = spec.series ? seriesColours([...kept], known) : new Map([[spec.y, 'var(--accent)']]);
  const keys: StackKey[] = [...cells.keys()]
    .filter((key) => kept.has(key))
    .map((key) => ({ key, label: seriesNames.get(key) ?? key, colour: colours.get(key) ?? 'var(--other)' }));
  if (notes.leftOutSeries > 0) keys.push({ key: OTHER_KEY, label: 'Other', colour: 'var(--other)' });

  const xNames = displayNames(table, spec.x);
  let bars: StackedBar[] = [...xs].map(([xKey, label]) => {
    const parts = new Map<string, number>();
    for (const [seriesKey, line] of cells) {
      const value = line.get(xKey)?.value;
      if (value === undefined) continue;
      const key = kept.has(seriesKey) ? seriesKey : OTHER_KEY;
      parts.set(key, (parts.get(key) ?? 0) + value);
    }
    notes.negative += [...parts.values()].filter((value) => value < 0).length;
    return {
      key: xKey,
      label: xNames.get(xKey) ?? label,
      parts: [...parts].map(([key, value]) => ({ key, value })),
    };
  });
  const total = (bar: StackedBar) => bar.parts.reduce((sum, part) => sum + Math.max(0, part.value), 0);
  // Time keeps its order and its latest bars; categories are ranked and keep the largest.
  bars = temporal
    ? bars.sort((a, b) => a.key.localeCompare(b.key)).slice(-MAX_BARS)
    : bars.sort((a, b) => total(b) - total(a)).slice(0, MAX_BARS);
  notes.leftOutBars = xs.size - bars.length;
  const integer = [...cells.values()].every((line) =>
    [...line.values()].every((sum) => Number.isInteger(sum.value)),
  );
  return { kind: 'bar', bars, keys, orientation: temporal ? 'vertical' : 'horizontal', integer, notes };
}

/**
 * What the chart components draw for a valid spec. Rows sharing series and x are added together and
 * rows missing x or y are skipped; `notes` counts both, and what the series and bar caps left out.
 */
export function buildChart(
  table: FlatTable,
  spec: ChartSpec,
  known: readonly KnownColour[] = [],
): BuiltChart {
  return spec.kind === 'line' ? buildLine(table, spec, known) : buildBar(table, spec, known);
}

function rows(count: number): { subject: string; verb: string } {
  return count === 1 ? { subject: '1 row', verb: 'is' } : { subject: `${count} rows`, verb: 'are' };
}

/** The notes as sentences for readers, so nothing is hidden silently. */
export function describeNotes(chart: BuiltChart): string[] {
  const { combined, skipped, leftOutSeries, leftOutBars, negative } = chart.notes;
  const sentences: string[] = [];
  if (combined) {
    sentences.push(
      `${rows(combined).subject} shared a series and x with another row; their values are added.`,
    );
  }
  if (skipped) {
    const { subject, verb } = rows(skipped);
    sentences.push(`${subject} without an x or y value ${verb} not drawn.`);
  }
  if (leftOutSeries) {
    const fate = chart.kind === 'line' ? 'left out' : 'stacked together as Other';
    sentences.push(`Only the ${MAX_SERIES} largest series are shown; ${leftOutSeries} more are ${fate}.`);
  }
  if (leftOutBars) {
    const which = chart.kind === 'bar' && chart.orientation === 'vertical' ? 'latest' : 'largest';
    sentences.push(`Only the ${which} ${MAX_BARS} bars are drawn; ${leftOutBars} more are left out.`);
  }
  if (negative) {
    sentences.push(`Negative values cannot be stacked, so ${negative} bar parts below zero are not drawn.`);
  }
  return sentences;
}

const grouped = format(',');
const significant = format(',.3~r');

/** A measure of unknown kind: whole numbers grouped, others to three significant digits. */
export function formatMeasure(value: number | null): string {
  if (value == null) return NO_DATA;
  return Number.isInteger(value) || Math.abs(value) >= 1000 ? grouped(Math.round(value)) : significant(value);
}
