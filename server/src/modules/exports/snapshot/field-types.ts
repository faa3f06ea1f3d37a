import pg from 'pg';

/** Frictionless Table Schema field types used in datapackage.json. */
export type FieldType =
  'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'object' | 'array' | 'any';

export interface FieldDescriptor {
  name: string;
  type: FieldType;
}

const { builtins } = pg.types;
const byOid = new Map<number, FieldType>([
  [builtins.BOOL, 'boolean'],
  [builtins.INT2, 'integer'],
  [builtins.INT4, 'integer'],
  [builtins.INT8, 'integer'],
  [builtins.FLOAT4, 'number'],
  [builtins.FLOAT8, 'number'],
  [builtins.NUMERIC, 'number'],
  [builtins.DATE, 'date'],
  [builtins.TIMESTAMP, 'datetime'],
  [builtins.TIMESTAMPTZ, 'datetime'],
  [builtins.JSON, 'any'],
  [builtins.JSONB, 'any'],
  // Arrays of booleans, integers, text, floats, numerics, dates and timestamps.
  ...[1000, 1005, 1007, 1016, 1009, 1015, 1021, 1022, 1231, 1182, 1185].map(
    (oid) => [oid, 'array'] as [number, FieldType],
  ),
]);

/** Text, uuid and enum columns (enums have their own OIDs) are strings. */
export function fieldTypeOfOid(oid: number): FieldType {
  return byOid.get(oid) ?? 'string';
}

/** The narrowest Frictionless type that fits every non-null value seen. */
export function inferFieldType(values: Iterable<unknown>): FieldType {
  let type: FieldType | undefined;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const next = typeOfValue(value);
    if (type === undefined) type = next;
    else if (type !== next) {
      if ((type === 'integer' && next === 'number') || (type === 'number' && next === 'integer'))
        type = 'number';
      else return 'any';
    }
  }
  return type ?? 'any';
}

function typeOfValue(value: unknown): FieldType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return 'string';
}

/** JSON-ready value: timestamps as ISO 8601 and 64-bit integers (text from pg) as numbers when exact. */
export function normaliseValue(value: unknown, type: FieldType): unknown {
  if (value instanceof Date) return value.toISOString();
  if (type === 'integer' && typeof value === 'string') {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value;
  }
  return value;
}
