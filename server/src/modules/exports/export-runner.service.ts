import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/client.js';
import { ensureFreshStandings } from '../standings/standings.service.js';
import { prepareAttemptDir, publishAttemptDir, removeRunDirs, sweepOrphanFiles } from './export-files.js';
import {
  claimRun,
  deleteExpiredRuns,
  failStrandedRuns,
  markAttemptFailed,
  markRunSucceeded,
  type RunRow,
} from './export-runs.repository.js';
import { inTransaction } from './export-runs.transaction.js';
import type { ExportsRuntime, SqlExecutor } from './exports.runtime.js';
import { writeSnapshot } from './snapshot/write-snapshot.js';

export interface RunnerDeps {
  db: Database;
  pool: pg.Pool;
  schema: GraphQLSchema;
  runtime: ExportsRuntime;
  log: Logger;
  /** The working timeout: an attempt still running after this is abandoned. */
  timeoutSeconds: number;
}

const RETENTION_BATCH = 100;
const RETENTION_MAX_BATCHES = 50;

/**
 * One attempt at a run (a pg-boss job delivery). Idempotent: a finished run is left alone, and an
 * attempt only publishes if it still owns the run, so a late duplicate can never overwrite files.
 * Throws on failure so pg-boss retries with backoff; `lastAttempt` marks the run failed for good.
 */
export async function executeRun(
  deps: RunnerDeps,
  runId: string,
  lastAttempt: boolean,
): Promise<'succeeded' | 'skipped'> {
  const run = await claimRun(deps.db, runId);
  if (!run) return 'skipped';
  const log = deps.log.child({ runId, attempt: run.attempt });
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`the run passed its working timeout of ${deps.timeoutSeconds} s`)),
    deps.timeoutSeconds * 1000,
  );
  try {
    log.info('export run started');
    const dir = await prepareAttemptDir(deps.runtime.dir, run.id, run.attempt);
    // Standings are precomputed: bring them up to date before the snapshot fixes what it sees.
    await ensureFreshStandings(deps);
    const client = await deps.pool.connect();
    let result;
    try {
      result = await writeSnapshot({
        client,
        pool: deps.pool,
        schema: deps.schema,
        definition: run.definition,
        dir,
        run: {
          runId: run.id,
          scheduleId: run.scheduleId,
          trigger: run.trigger,
          scheduledFor: run.scheduledFor,
        },
        log,
        signal: controller.signal,
      });
    } finally {
      client.release();
    }
    controller.signal.throwIfAborted();
    const published = await inTransaction(deps.pool, async (_client, tx) => {
      if (!(await markRunSucceeded(tx, run.id, run.attempt, result))) return false;
      await publishAttemptDir(deps.runtime.dir, dir, run.id);
      return true;
    });
    if (!published) {
      log.warn('another attempt took over this run; discarding this attempt’s files');
      return 'skipped';
    }
    log.info({ rows: result.rows, bytes: result.bytes }, 'export run succeeded');
    await applyRetention(deps).catch((error: unknown) => log.error({ err: error }, 'retention failed'));
    return 'succeeded';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ err: error, lastAttempt }, 'export run attempt failed');
    await inTransaction(deps.pool, async (client, tx) => {
      const failed = await markAttemptFailed(tx, run.id, run.attempt, message, lastAttempt);
      if (failed?.status === 'failed') await notifyFailure(deps.runtime, client, failed);
    });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Queues the failure webhook (retried by the queue) in the caller's transaction. */
export async function notifyFailure(
  runtime: ExportsRuntime,
  executor: SqlExecutor,
  run: RunRow,
): Promise<void> {
  const url = await webhookUrlOf(executor, run.scheduleId);
  if (!url) return;
  await runtime.queue.sendWebhook(
    {
      url,
      payload: {
        event: 'export.run.failed',
        run: {
          id: run.id,
          status: run.status,
          trigger: run.trigger,
          attempt: run.attempt,
          error: run.error,
          scheduledFor: run.scheduledFor?.toISOString() ?? null,
          queuedAt: run.queuedAt.toISOString(),
          finishedAt: run.finishedAt?.toISOString() ?? null,
        },
        schedule: { id: run.scheduleId, name: run.definition.scheduleName },
      },
    },
    executor,
  );
}

async function webhookUrlOf(executor: SqlExecutor, scheduleId: string): Promise<string | null> {
  const { rows } = await executor.query<{ webhook_url: string | null }>(
    'SELECT webhook_url FROM export_schedules WHERE id = $1',
    [scheduleId],
  );
  return rows[0]?.webhook_url ?? null;
}

/** Deletes runs past their schedule's retention in bounded batches, then their files. */
export async function applyRetention(deps: Pick<RunnerDeps, 'db' | 'runtime'>): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < RETENTION_MAX_BATCHES; batch++) {
    const ids = await deleteExpiredRuns(deps.db, RETENTION_BATCH);
    await removeRunDirs(deps.runtime.dir, ids);
    deleted += ids.length;
    if (ids.length < RETENTION_BATCH) break;
  }
  return deleted;
}

/** Periodic upkeep: fail runs whose worker vanished, apply retention, remove orphaned files. */
export async function maintainExports(deps: RunnerDeps): Promise<void> {
  for (;;) {
    const stranded = await inTransaction(deps.pool, async (client, tx) => {
      const runs = await failStrandedRuns(tx, RETENTION_BATCH);
      for (const run of runs) await notifyFailure(deps.runtime, client, run);
      return runs;
    });
    for (const run of stranded)
      deps.log.warn({ runId: run.id }, 'export run abandoned by its worker: marked failed');
    if (stranded.length < RETENTION_BATCH) break;
  }
  await applyRetention(deps);
  await sweepOrphanFiles(deps.db, deps.runtime.dir, (deps.timeoutSeconds + 60) * 1000);
}
