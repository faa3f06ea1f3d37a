import type pg from 'pg';
import type { ExportFileRecord, ExportFormatName } from '../exports.model.js';
import { fieldTypeOfOid, type FieldDescriptor } from './field-types.js';
import { ResourceSink } from './resource-sink.js';

/**
 * Every table behind the read API, in dependency order: the evidence, its citations and link
 * tables, and the published methodologies with their precomputed standings. Internal bookkeeping
 * (data_version, standings_computed) and user content (saved queries, exports) are not data.
 */
export const DATASET_TABLES = [
  'sources',
  'actors',
  'powers',
  'regions',
  'region_members',
  'summits',
  'summit_conveners',
  'summit_regions',
  'summit_sources',
  'summit_participants',
  'summit_participant_sources',
  'facilities',
  'facility_sources',
  'facility_statuses',
  'facility_status_sources',
  'arms_transfers',
  'arms_transfer_sources',
  'events',
  'event_actors',
  'event_regions',
  'event_sources',
  'methodology_versions',
  'standing_scores',
] as const;

const FETCH_ROWS = 5000;

export interface TableResource {
  resource: string;
  fields: FieldDescriptor[];
  primaryKey: string[];
  files: ExportFileRecord[];
  rows: number;
}

async function primaryKeyOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column: string }>(
    `SELECT a.attname AS column
     FROM pg_index i
     JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON TRUE
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = $1::regclass AND i.indisprimary
     ORDER BY k.position`,
    [`public.${table}`],
  );
  return rows.map((row) => row.column);
}

interface Column {
  field: FieldDescriptor;
  /** The column as text in the form the files use (ISO 8601 timestamps, JSON arrays). */
  expression: string;
}

async function columnsOf(client: pg.ClientBase, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ name: string; oid: number; category: string }>(
    `SELECT a.attname AS name, a.atttypid::int AS oid, t.typcategory AS category
     FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    [`public.${table}`],
  );
  return rows.map(({ name, oid, category }) => {
    const type = category === 'A' ? 'array' : fieldTypeOfOid(oid);
    const column = quoteIdentifier(name);
    const expression =
      type === 'datetime'
        ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
        : type === 'array'
          ? `array_to_json(${column})::text`
          : `${column}::text`;
    return { field: { name, type }, expression };
  });
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Every value arrives as Postgres text: nothing is parsed into JS objects on the way to the files.
const textOnly = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

/**
 * Streams one table, in primary-key order, through a server-side cursor: memory holds one batch
 * of rows whatever the table's size. Must run inside the snapshot transaction.
 */
export async function exportTable(
  client: pg.ClientBase,
  table: string,
  dir: string,
  formats: readonly ExportFormatName[],
  signal?: AbortSignal,
): Promise<TableResource> {
  const primaryKey = await primaryKeyOf(client, table);
  const columns = await columnsOf(client, table);
  const order = primaryKey.length ? ` ORDER BY ${primaryKey.map(quoteIdentifier).join(', ')}` : '';
  const cursor = `clout_export_${table}`;
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${columns.map((column) => column.expression).join(', ')} FROM ${quoteIdentifier(table)}${order}`,
  );
  const fields = columns.map((column) => column.field);
  const sink = await ResourceSink.open(dir, table, fields, formats);
  try {
    for (;;) {
      signal?.throwIfAborted();
      const batch = await client.query<(string | null)[]>({
        text: `FETCH ${FETCH_ROWS} FROM ${cursor}`,
        rowMode: 'array',
        types: textOnly,
      });
      if (batch.rows.length) await sink.writeTextRows(batch.rows);
      if (batch.rows.length < FETCH_ROWS) break;
    }
    await client.query(`CLOSE ${cursor}`);
    const files = await sink.finish();
    return { resource: table, fields, primaryKey, files, rows: files[0]?.rows ?? 0 };
  } catch (error) {
    await sink.abandon();
    throw error;
  }
}
