import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { execute, type GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { Logger } from '../../../config/logger.js';
import * as schemaTables from '../../../db/schema.js';
import { createLoaders, type RequestContext } from '../../../graphql/context.js';
import { parseQueryDocument } from '../../queries/query-document.js';
import { MEDIA_TYPES, type ExportFileRecord, type RunDefinition } from '../exports.model.js';
import { writeDataPackage, type ResourceDescription, type SnapshotFacts } from './datapackage.js';
import { flattenResult } from './flatten.js';
import { DATASET_TABLES, exportTable } from './full-dataset.js';
import { HashedFile, ResourceSink } from './resource-sink.js';

export interface SnapshotRequest {
  /** A dedicated connection: the snapshot transaction runs on it. */
  client: pg.PoolClient;
  /** For the GraphQL context of saved queries (the read API's services may need a second connection). */
  pool: pg.Pool;
  schema: GraphQLSchema;
  definition: RunDefinition;
  /** An empty folder; the caller publishes it atomically when this returns. */
  dir: string;
  run: Pick<SnapshotFacts, 'runId' | 'scheduleId' | 'trigger' | 'scheduledFor'>;
  log: Logger;
  signal?: AbortSignal;
}

export interface SnapshotResult {
  files: ExportFileRecord[];
  rows: number;
  bytes: number;
  snapshotAt: Date;
  dataVersion: number | null;
  methodologyVersion: number | null;
}

/**
 * Reads one consistent snapshot (REPEATABLE READ, READ ONLY) and streams it to files in `dir`,
 * then writes datapackage.json last. Nothing is published here.
 */
export async function writeSnapshot(request: SnapshotRequest): Promise<SnapshotResult> {
  const { client, definition, dir } = request;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  try {
    // The first statement fixes the snapshot; now() is the transaction's start.
    const { rows } = await client.query<{
      snapshot_at: Date;
      data_version: string | null;
      data_changed_at: Date | null;
      methodology_version: number | null;
    }>(`SELECT now() AS snapshot_at,
              (SELECT version FROM data_version WHERE id = 1) AS data_version,
              (SELECT changed_at FROM data_version WHERE id = 1) AS data_changed_at,
              (SELECT max(version) FROM methodology_versions) AS methodology_version`);
    const meta = rows[0]!;
    const described =
      definition.target === 'full_dataset'
        ? await writeFullDataset(request)
        : await writeQueryResult(request);
    const facts: SnapshotFacts = {
      ...request.run,
      definition,
      snapshotAt: meta.snapshot_at,
      dataVersion: meta.data_version === null ? null : Number(meta.data_version),
      dataChangedAt: meta.data_changed_at,
      methodologyVersion: meta.methodology_version,
    };
    request.signal?.throwIfAborted();
    const manifest = await writeDataPackage(dir, facts, described);
    await client.query('COMMIT');
    const files = [...described.map((entry) => entry.file), manifest];
    return {
      files,
      rows: countRows(described),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      snapshotAt: facts.snapshotAt,
      dataVersion: facts.dataVersion,
      methodologyVersion: facts.methodologyVersion,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Rows across resources, each counted once whatever the number of formats. */
function countRows(described: ResourceDescription[]): number {
  const byResource = new Map<string, number>();
  for (const { file } of described) if (file.rows !== null) byResource.set(file.resource, file.rows);
  return [...byResource.values()].reduce((sum, rows) => sum + rows, 0);
}

async function writeFullDataset(request: SnapshotRequest): Promise<ResourceDescription[]> {
  const described: ResourceDescription[] = [];
  for (const table of DATASET_TABLES) {
    const exported = await exportTable(
      request.client,
      table,
      request.dir,
      request.definition.formats,
      request.signal,
    );
    for (const file of exported.files)
      described.push({
        file: { ...file, primaryKey: exported.primaryKey },
        schema: { fields: exported.fields, primaryKey: exported.primaryKey },
      });
  }
  return described;
}

export class QueryExecutionError extends Error {
  override readonly name = 'QueryExecutionError';
}

/**
 * Runs the saved query in-process against the snapshot transaction. Connections are capped by
 * the API (first ≤ 100), so the snapshot holds exactly what the query returns.
 */
async function writeQueryResult(request: SnapshotRequest): Promise<ResourceDescription[]> {
  const { definition, schema, client } = request;
  const saved = definition.savedQuery!;
  const parsed = parseQueryDocument(schema, saved.document, 'document');
  const db = drizzle(client, { schema: schemaTables });
  const contextValue: RequestContext = {
    requestId: `export:${request.run.runId}`,
    db,
    pool: request.pool,
    loaders: createLoaders(db),
    log: request.log,
    // Saved queries are queries only (checked on save); the snapshot reads as the system.
    viewer: { kind: 'anonymous' },
    access: { reads: 'public' },
  };
  const result = await execute({
    schema,
    document: parsed.document,
    variableValues: saved.variables,
    contextValue,
  });
  if (result.errors?.length) {
    throw new QueryExecutionError(
      `The query returned errors: ${result.errors.map((error) => error.message).join('; ')}`,
    );
  }
  const data = (result.data ?? {}) as Record<string, unknown>;
  const described: ResourceDescription[] = [];
  const tabularFormats = definition.formats.filter((format) => format !== 'json');
  const flat = flattenResult(data);
  if (tabularFormats.length) {
    for (const resource of flat) {
      request.signal?.throwIfAborted();
      const sink = await ResourceSink.open(request.dir, resource.name, resource.fields, tabularFormats);
      await sink.writeRows(resource.rows);
      for (const file of await sink.finish())
        described.push({
          file: { ...file, primaryKey: resource.primaryKey },
          schema: { fields: resource.fields, primaryKey: resource.primaryKey },
        });
    }
  }
  if (definition.formats.includes('json')) {
    const taken = new Set(flat.map((resource) => resource.name));
    let name = 'result';
    for (let suffix = 2; taken.has(name); suffix++) name = `result-${suffix}`;
    const file = await HashedFile.create(path.join(request.dir, `${name}.json`));
    await file.write(`${JSON.stringify({ data }, null, 2)}\n`);
    const { bytes, sha256 } = await file.finish();
    described.push({
      file: {
        name: `${name}.json`,
        resource: name,
        format: 'json',
        mediaType: MEDIA_TYPES.json,
        bytes,
        rows: null,
        sha256,
      },
    });
  }
  return described;
}
