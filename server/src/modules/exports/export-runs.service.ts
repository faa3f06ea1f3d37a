import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { Database } from '../../db/client.js';
import { toConnection, toPage, type ConnectionResult, type PageArgs } from '../../graphql/connection.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { isUuid } from '../queries/saved-queries.service.js';
import { diffRuns, type ResourceDiff } from './export-diff.js';
import {
  countRuns,
  findRunIdsOfSchedule,
  findRunsByIds,
  listRuns,
  type RunFilter,
  type RunRow,
  type RunStatus,
} from './export-runs.repository.js';
import { queueManualRun } from './export-scheduler.service.js';
import { findSchedulesByIds } from './export-schedules.repository.js';
import { DATAPACKAGE_FILE, type ExportFileRecord } from './exports.model.js';
import type { ExportsRuntime } from './exports.runtime.js';
import { citationOf } from './snapshot/datapackage.js';

// Writes are open until API tokens exist (issue: auth): these services are the one place to
// check the viewer's role once it travels in the context.

export async function getRunsConnection(
  db: Database,
  args: PageArgs,
  where: { scheduleId?: string | null; status?: RunStatus[] | null },
): Promise<ConnectionResult<RunRow>> {
  const page = toPage(args);
  if (where.scheduleId && !isUuid(where.scheduleId)) return toConnection([], page, async () => 0);
  const filter: RunFilter = {
    scheduleId: where.scheduleId ?? undefined,
    statuses: where.status ?? undefined,
  };
  const rows = await listRuns(db, filter, page);
  return toConnection(rows, page, () => countRuns(db, filter));
}

export async function getRun(db: Database, id: string): Promise<RunRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await findRunsByIds(db, [id]);
  return row ?? null;
}

export function findRunsForSchedule(db: Database, scheduleId: string): Promise<string[]> {
  return findRunIdsOfSchedule(db, scheduleId);
}

function requireRuntime(runtime: ExportsRuntime | undefined): ExportsRuntime {
  if (!runtime) throw new GraphQLError('Exports are not configured on this server (no job queue).');
  return runtime;
}

/** Queues a run of the schedule at once, whether or not it is enabled. */
export async function runNow(
  db: Database,
  pool: pg.Pool,
  runtime: ExportsRuntime | undefined,
  scheduleId: string,
): Promise<RunRow> {
  const [schedule] = isUuid(scheduleId) ? await findSchedulesByIds(db, [scheduleId]) : [];
  if (!schedule) throw notFound('Export schedule', scheduleId);
  return queueManualRun(pool, requireRuntime(runtime), schedule);
}

export function fileUrl(runId: string, name: string): string {
  return `/exports/${runId}/${encodeURIComponent(name)}`;
}

/** A published run's files with their links; none until the run has succeeded. */
export function filesOf(run: RunRow): (ExportFileRecord & { url: string })[] {
  if (run.status !== 'succeeded') return [];
  return run.files.map((file) => ({ ...file, url: fileUrl(run.id, file.name) }));
}

/** "Cite this snapshot": name, data instant, versions, permanent manifest link and its checksum. */
export function citationFor(run: RunRow): string | null {
  if (run.status !== 'succeeded' || !run.snapshotAt) return null;
  const manifest = run.files.find((file) => file.name === DATAPACKAGE_FILE);
  return citationOf(
    {
      scheduleName: run.definition.scheduleName,
      runId: run.id,
      snapshotAt: run.snapshotAt,
      dataVersion: run.dataVersion,
      methodologyVersion: run.methodologyVersion,
    },
    fileUrl(run.id, DATAPACKAGE_FILE),
    manifest?.sha256 ?? null,
  );
}

/** Rows added, removed and changed per resource between two succeeded runs of one schedule. */
export async function compareRuns(
  db: Database,
  runtime: ExportsRuntime | undefined,
  baseRunId: string,
  runId: string,
): Promise<{ base: RunRow; run: RunRow; resources: ResourceDiff[] }> {
  const base = await getRun(db, baseRunId);
  if (!base) throw notFound('Export run', baseRunId);
  const run = await getRun(db, runId);
  if (!run) throw notFound('Export run', runId);
  if (base.scheduleId !== run.scheduleId)
    throw badUserInput('runId', 'must be a run of the same schedule as `baseRunId`');
  for (const [field, candidate] of [
    ['baseRunId', base],
    ['runId', run],
  ] as const) {
    if (candidate.status !== 'succeeded')
      throw badUserInput(
        field,
        `run ${candidate.id} has not succeeded (${candidate.status}); only finished snapshots compare`,
      );
  }
  return { base, run, resources: await diffRuns(requireRuntime(runtime).dir, base, run) };
}
