import { inferFieldType, type FieldDescriptor } from './field-types.js';

/** A list found in a query result, as rows of scalar columns. */
export interface FlatResource {
  name: string;
  fields: FieldDescriptor[];
  primaryKey: string[];
  rows: Record<string, unknown>[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Data-package resource names are lower case: `armsTransfers` → `arms-transfers`. */
function resourceSegment(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '-');
}

class Collector {
  private readonly resources = new Map<string, { rows: Record<string, unknown>[]; child: boolean }>();

  resource(name: string, child: boolean) {
    let entry = this.resources.get(name);
    if (!entry) {
      entry = { rows: [], child };
      this.resources.set(name, entry);
    }
    return entry;
  }

  result(): FlatResource[] {
    return [...this.resources].map(([name, { rows, child }]) => {
      const names: string[] = [];
      const seen = new Set<string>();
      for (const row of rows)
        for (const key of Object.keys(row))
          if (!seen.has(key)) {
            seen.add(key);
            names.push(key);
          }
      const keyed = rows.length > 0 && rows.every((row) => row.id !== null && row.id !== undefined);
      const identity = names.includes('id') && keyed ? 'id' : '_row';
      return {
        name,
        fields: names.map((field) => ({ name: field, type: inferFieldType(rows.map((row) => row[field])) })),
        primaryKey: child ? ['_parent', identity] : [identity],
        rows,
      };
    });
  }
}

/**
 * Flattens a GraphQL result into tables, one per list of objects ("one file per list"):
 * `summits.nodes` (or `.edges`, whose `node` is unwrapped) becomes a resource, nested objects
 * become dotted columns (`host.code`), lists of scalars stay one array cell, and a list inside a
 * list item becomes a child resource whose `_parent` is the item's `id` (or its `_row`).
 * Objects outside any list (a connection's `totalCount`, `methodology`) make one-row resources.
 */
export function flattenResult(data: Record<string, unknown>): FlatResource[] {
  const collector = new Collector();
  for (const [field, value] of Object.entries(data as JsonObject)) {
    visitTopLevel(collector, resourceSegment(field), value);
  }
  return collector.result();
}

function visitTopLevel(collector: Collector, name: string, value: Json): void {
  if (Array.isArray(value)) {
    addList(collector, name, value, undefined);
    return;
  }
  if (!isObject(value)) {
    collector.resource(name, false).rows.push({ value });
    return;
  }
  const row: Record<string, unknown> = {};
  const lists: [string, Json[]][] = [];
  flattenInto(row, '', value, lists, new Set());
  if (Object.keys(row).length) collector.resource(name, false).rows.push(row);
  for (const [path, list] of lists) addList(collector, `${name}.${resourceSegment(path)}`, list, undefined);
}

function addList(collector: Collector, name: string, list: Json[], parent: unknown): void {
  const resource = collector.resource(name, parent !== undefined);
  const items = list.map((element) =>
    isObject(element) && isObject(element.node) && name.endsWith('edges') ? element.node : element,
  );
  // A field is a child list if it holds objects in any item (an empty list in another item too).
  const childPaths = new Set<string>();
  for (const item of items) if (isObject(item)) collectObjectLists(item, '', childPaths);
  items.forEach((item, index) => {
    const row: Record<string, unknown> = parent === undefined ? {} : { _parent: parent };
    if (!isObject(item)) {
      resource.rows.push({ ...row, _row: index + 1, value: item });
      return;
    }
    const lists: [string, Json[]][] = [];
    flattenInto(row, '', item, lists, childPaths);
    const identity = row.id ?? index + 1;
    if (row.id === undefined || row.id === null) row._row = index + 1;
    resource.rows.push(row);
    for (const [path, nested] of lists)
      addList(collector, `${name}.${resourceSegment(path)}`, nested, identity);
  });
}

function collectObjectLists(object: JsonObject, prefix: string, paths: Set<string>): void {
  for (const [key, value] of Object.entries(object)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) collectObjectLists(value, column, paths);
    else if (Array.isArray(value) && value.some(isObject)) paths.add(column);
  }
}

/** Copies scalars (dotted for nested objects); collects lists of objects for child resources. */
function flattenInto(
  row: Record<string, unknown>,
  prefix: string,
  object: JsonObject,
  lists: [string, Json[]][],
  childPaths: ReadonlySet<string>,
): void {
  for (const [key, value] of Object.entries(object)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) flattenInto(row, column, value, lists, childPaths);
    else if (Array.isArray(value) && (childPaths.has(column) || value.some(isObject)))
      lists.push([column, value]);
    else if (!childPaths.has(column)) row[column] = value;
  }
}
