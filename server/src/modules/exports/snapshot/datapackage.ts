import path from 'node:path';
import {
  DATAPACKAGE_FILE,
  MEDIA_TYPES,
  type ExportFileRecord,
  type RunDefinition,
} from '../exports.model.js';
import type { FieldDescriptor } from './field-types.js';
import { HashedFile } from './resource-sink.js';

export interface ResourceDescription {
  file: ExportFileRecord;
  /** Tabular files only. */
  schema?: { fields: FieldDescriptor[]; primaryKey: string[] };
}

export interface SnapshotFacts {
  runId: string;
  scheduleId: string | null;
  trigger: 'schedule' | 'manual' | 'cli';
  scheduledFor: Date | null;
  definition: RunDefinition;
  snapshotAt: Date;
  dataVersion: number | null;
  dataChangedAt: Date | null;
  methodologyVersion: number | null;
}

/** How to cite a snapshot; `link` is the datapackage.json URL (relative when the origin is unknown). */
export function citationOf(
  facts: {
    scheduleName: string;
    runId: string;
    snapshotAt: Date;
    dataVersion: number | null;
    methodologyVersion: number | null;
  },
  link: string,
  manifestSha256: string | null,
): string {
  const versions = [
    facts.dataVersion !== null ? `data version ${facts.dataVersion}` : null,
    facts.methodologyVersion !== null ? `methodology v${facts.methodologyVersion}` : null,
  ].filter(Boolean);
  return (
    `Clout snapshot “${facts.scheduleName}”, data as of ${facts.snapshotAt.toISOString()}` +
    (versions.length ? ` (${versions.join(', ')})` : '') +
    `, run ${facts.runId}. ${link}` +
    (manifestSha256 ? ` (sha256 ${manifestSha256})` : '')
  );
}

/**
 * Writes datapackage.json (Frictionless Data Package) describing every file, with its bytes and
 * SHA-256, and the run's provenance. Written last: its presence means the rest is complete.
 */
export async function writeDataPackage(
  dir: string,
  facts: SnapshotFacts,
  resources: ResourceDescription[],
): Promise<ExportFileRecord> {
  const { definition } = facts;
  const manifest = {
    profile: 'tabular-data-package',
    id: facts.runId,
    name: `clout-snapshot-${facts.runId}`,
    title: definition.scheduleName,
    created: new Date().toISOString(),
    resources: resources.map(({ file, schema }) => ({
      name: `${file.resource}-${file.format}`,
      title: file.resource,
      path: file.name,
      format: file.format,
      mediatype: file.mediaType.split(';')[0],
      encoding: 'utf-8',
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      sha256: file.sha256,
      ...(file.rows !== null ? { rows: file.rows } : {}),
      ...(schema ? { profile: 'tabular-data-resource', schema } : { profile: 'data-resource' }),
    })),
    clout: {
      runId: facts.runId,
      trigger: facts.trigger,
      schedule: {
        id: facts.scheduleId,
        name: definition.scheduleName,
        cron: definition.cron,
        timeZone: definition.timeZone,
      },
      scheduledFor: facts.scheduledFor?.toISOString() ?? null,
      target: definition.target,
      savedQuery: definition.savedQuery
        ? {
            id: definition.savedQuery.id,
            name: definition.savedQuery.name,
            version: definition.savedQuery.version,
          }
        : null,
      query: definition.savedQuery?.document ?? null,
      variables: definition.savedQuery?.variables ?? null,
      methodologyVersion: facts.methodologyVersion,
      dataVersion: facts.dataVersion,
      dataTime: facts.dataChangedAt?.toISOString() ?? null,
      snapshotAt: facts.snapshotAt.toISOString(),
      isolation: 'REPEATABLE READ, READ ONLY',
      citation: citationOf(
        { ...facts, scheduleName: definition.scheduleName },
        `/exports/${facts.runId}/${DATAPACKAGE_FILE}`,
        null,
      ),
    },
  };
  // The "tabular" profile needs every resource tabular; a query's JSON result is not.
  if (resources.some((resource) => !resource.schema)) manifest.profile = 'data-package';
  const file = await HashedFile.create(path.join(dir, DATAPACKAGE_FILE));
  await file.write(`${JSON.stringify(manifest, null, 2)}\n`);
  const { bytes, sha256 } = await file.finish();
  return {
    name: DATAPACKAGE_FILE,
    resource: 'datapackage',
    format: 'datapackage',
    mediaType: MEDIA_TYPES.datapackage,
    bytes,
    rows: null,
    sha256,
  };
}
