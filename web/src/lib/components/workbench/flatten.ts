// Turns a GraphQL result into table rows: connections (edges/node, nodes) and lists become rows,
// nested objects become dotted columns, lists of scalars are joined. Pure, so it is unit-tested.

export type Cell = string | number | boolean | null;
export type FlatRow = Record<string, Cell>;

export interface FlatTable {
  /** Which top-level field the rows come from. */
  field: string | null;
  columns: string[];
  rows: FlatRow[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a connection or list, or null when the value is neither. */
export function listItems(value: unknown): Json[] | null {
  if (Array.isArray(value)) return value as Json[];
  if (isObject(value)) {
    if (Array.isArray(value.edges)) {
      return value.edges.map((edge) => (isObject(edge) && 'node' in edge ? edge.node : edge));
    }
    if (Array.isArray(value.nodes)) return value.nodes;
  }
  return null;
}

function isScalar(value: unknown): value is Cell {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * One item as rows. The first nested list of objects is spread into one row per element (the
 * parent's columns repeated); later lists of objects are only counted, to keep the table bounded.
 */
function flattenItem(item: Json, prefix: string): FlatRow[] {
  if (isScalar(item)) return [{ [prefix || 'value']: item }];
  if (Array.isArray(item)) return [{ [prefix || 'value']: joinList(item) }];
  let base: FlatRow = {};
  let spread: FlatRow[] | null = null;
  for (const [key, value] of Object.entries(item)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isScalar(value)) {
      base[name] = value;
      continue;
    }
    const items = listItems(value);
    if (items && items.every(isScalar)) {
      base[name] = joinList(items);
    } else if (items) {
      if (spread === null) {
        spread = items.flatMap((child) => flattenItem(child, name));
      } else {
        base[name] = `${items.length} items`;
      }
    } else {
      const nested = flattenItem(value, name);
      base = { ...base, ...nested[0] };
    }
  }
  if (spread === null) return [base];
  if (spread.length === 0) return [base];
  return spread.map((row) => ({ ...base, ...row }));
}

function joinList(items: Json[]): string {
  return items.map((item) => (isScalar(item) ? String(item) : JSON.stringify(item))).join(', ');
}

/** Rows of the first top-level field of `data` (or of `data` itself when it has no fields). */
export function flattenResult(data: unknown): FlatTable {
  if (!isObject(data)) return { field: null, columns: [], rows: [] };
  const field = Object.keys(data)[0] ?? null;
  if (field === null) return { field, columns: [], rows: [] };
  const value = data[field] ?? null;
  const items = listItems(value);
  const rows =
    value === null
      ? []
      : items
        ? items.flatMap((item) => flattenItem(item, ''))
        : flattenItem(value, isScalar(value) ? field : '');
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  return { field, columns, rows };
}

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * The rows ordered by one column: numbers as numbers, everything else as text (so "2025-Q4" after
 * "2025-Q3" and "item 10" after "item 9"); empty cells last in either direction. Stable.
 */
export function sortRows(rows: readonly FlatRow[], column: string, direction: SortDirection): FlatRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const left = a.row[column] ?? null;
      const right = b.row[column] ?? null;
      if (left === null || right === null) {
        return left === right ? a.index - b.index : left === null ? 1 : -1;
      }
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : collator.compare(String(left), String(right));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}
