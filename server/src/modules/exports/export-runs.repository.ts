import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import type { ExportFileRecord, RunDefinition } from './exports.model.js';
import { exportRuns } from './exports.table.js';

export type RunRow = typeof exportRuns.$inferSelect;
export type RunStatus = RunRow['status'];

export interface RunFilter {
  scheduleId?: string;
  statuses?: RunStatus[];
}

function conditions(filter: RunFilter): SQL | undefined {
  return and(
    filter.scheduleId ? eq(exportRuns.scheduleId, filter.scheduleId) : undefined,
    filter.statuses?.length ? inArray(exportRuns.status, filter.statuses) : undefined,
  );
}

export function listRuns(db: Database, filter: RunFilter, page: Page): Promise<RunRow[]> {
  return db
    .select()
    .from(exportRuns)
    .where(conditions(filter))
    .orderBy(desc(exportRuns.queuedAt), desc(exportRuns.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countRuns(db: Database, filter: RunFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(exportRuns).where(conditions(filter));
  return row?.value ?? 0;
}

export function findRunsByIds(db: Database, ids: readonly string[]): Promise<RunRow[]> {
  return db
    .select()
    .from(exportRuns)
    .where(inArray(exportRuns.id, [...ids]));
}

/** The newest run of each schedule, for `ExportSchedule.lastRun`. */
export async function findLastRuns(db: Database, scheduleIds: readonly string[]): Promise<RunRow[]> {
  return db
    .selectDistinctOn([exportRuns.scheduleId])
    .from(exportRuns)
    .where(inArray(exportRuns.scheduleId, [...scheduleIds]))
    .orderBy(exportRuns.scheduleId, desc(exportRuns.queuedAt), desc(exportRuns.id));
}

/** Inserts a queued run; undefined when this schedule already has a run for that tick. */
export async function insertRun(
  db: Database,
  values: {
    scheduleId: string;
    trigger: RunRow['trigger'];
    scheduledFor: Date | null;
    definition: RunDefinition;
  },
): Promise<RunRow | undefined> {
  const [row] = await db
    .insert(exportRuns)
    .values(values)
    .onConflictDoNothing({ target: [exportRuns.scheduleId, exportRuns.scheduledFor] })
    .returning();
  return row;
}

/** Starts the next attempt of a queued or abandoned run; undefined when it has finished. */
export async function claimRun(db: Database, id: string): Promise<RunRow | undefined> {
  const [row] = await db
    .update(exportRuns)
    .set({
      status: 'running',
      attempt: sql`${exportRuns.attempt} + 1`,
      startedAt: sql`now()`,
      error: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(exportRuns.id, id), inArray(exportRuns.status, ['queued', 'running'])))
    .returning();
  return row;
}

const ownAttempt = (id: string, attempt: number) =>
  and(eq(exportRuns.id, id), eq(exportRuns.attempt, attempt), eq(exportRuns.status, 'running'));

/** Records success, only if this attempt still owns the run. */
export async function markRunSucceeded(
  db: Database,
  id: string,
  attempt: number,
  result: {
    files: ExportFileRecord[];
    rows: number;
    bytes: number;
    snapshotAt: Date;
    dataVersion: number | null;
    methodologyVersion: number | null;
  },
): Promise<boolean> {
  const rows = await db
    .update(exportRuns)
    .set({ ...result, status: 'succeeded', finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(ownAttempt(id, attempt))
    .returning({ id: exportRuns.id });
  return rows.length > 0;
}

/** Records a failed attempt: back to queued when it will be retried, else failed for good. */
export async function markAttemptFailed(
  db: Database,
  id: string,
  attempt: number,
  error: string,
  final: boolean,
): Promise<RunRow | undefined> {
  const [row] = await db
    .update(exportRuns)
    .set({
      status: final ? 'failed' : 'queued',
      error,
      finishedAt: final ? sql`now()` : null,
      updatedAt: sql`now()`,
    })
    .where(ownAttempt(id, attempt))
    .returning();
  return row;
}

/**
 * Runs still queued or running whose pg-boss job is no longer pending or active: the worker died
 * or timed out on the last attempt. They are marked failed (at most `limit` per call).
 */
export async function failStrandedRuns(db: Database, limit: number): Promise<RunRow[]> {
  const result = await db.execute<{ id: string }>(sql`
    UPDATE export_runs r
    SET status = 'failed', finished_at = now(), updated_at = now(),
        error = coalesce(r.error || ' — ', '') ||
          'the run stopped without finishing (worker killed or past its working timeout) and has no retries left'
    WHERE r.id IN (
      SELECT r2.id FROM export_runs r2
      WHERE r2.status IN ('queued', 'running') AND r2.queued_at < now() - interval '30 seconds'
        AND NOT EXISTS (
          SELECT 1 FROM pgboss.job j WHERE j.id = r2.id AND j.state IN ('created', 'retry', 'active'))
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING r.id`);
  const ids = result.rows.map((row) => row.id);
  return ids.length ? findRunsByIds(db, ids) : [];
}

/** Deletes up to `limit` finished runs past their schedule's retention; returns their ids. */
export async function deleteExpiredRuns(db: Database, limit: number): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH ranked AS (
      SELECT r.id, r.finished_at, s.keep_last, s.max_age_days,
             row_number() OVER (PARTITION BY r.schedule_id ORDER BY r.queued_at DESC, r.id DESC) AS position
      FROM export_runs r JOIN export_schedules s ON s.id = r.schedule_id
      WHERE r.status IN ('succeeded', 'failed')
        AND (s.keep_last IS NOT NULL OR s.max_age_days IS NOT NULL)
    ), doomed AS (
      SELECT id FROM ranked
      WHERE (keep_last IS NOT NULL AND position > keep_last)
         OR (max_age_days IS NOT NULL AND finished_at < now() - make_interval(days => max_age_days))
      LIMIT ${limit}
    )
    DELETE FROM export_runs WHERE id IN (SELECT id FROM doomed) RETURNING id`);
  return result.rows.map((row) => row.id);
}

/** Which of these run ids still exist. */
export async function existingRunIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: exportRuns.id })
    .from(exportRuns)
    .where(inArray(exportRuns.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export async function findRunIdsOfSchedule(db: Database, scheduleId: string): Promise<string[]> {
  const rows = await db
    .select({ id: exportRuns.id })
    .from(exportRuns)
    .where(eq(exportRuns.scheduleId, scheduleId));
  return rows.map((row) => row.id);
}
