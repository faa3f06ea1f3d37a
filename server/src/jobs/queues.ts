import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { ExportsConfig } from '../config/config.js';
import type { ExportQueue, SqlExecutor, WebhookDelivery } from '../modules/exports/exports.runtime.js';

export const QUEUES = {
  /** Every minute (pg-boss cron, one job per minute across all processes): fire due schedules. */
  exportTick: 'clout-export-tick',
  /** One job per export run; the job id is the run id. */
  exportRun: 'clout-export-run',
  exportWebhook: 'clout-export-webhook',
} as const;

export interface TickJobData {
  /** Forced clock for the tick (tests, operators); absent → the database's clock. */
  now?: string;
}

export interface RunJobData {
  runId: string;
}

const WEBHOOK_RETRY_LIMIT = 5;
const WEBHOOK_TIMEOUT_SECONDS = 30;

/** pg-boss on the app's pool: its tables live in the `pgboss` schema of the same database. */
export function createBoss(pool: pg.Pool, settings: ExportsConfig, runsScheduler: boolean): PgBoss {
  return new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    // Only processes that work jobs supervise them (expire timed-out jobs) and fire cron.
    supervise: runsScheduler,
    schedule: runsScheduler,
    // Expired (stuck or killed) jobs are noticed within a quarter of the working timeout, at most a minute.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(settings.timeoutSeconds / 4))),
  });
}

/** Creates the queues (idempotent) and applies the current retry and timeout settings. */
export async function ensureQueues(boss: PgBoss, settings: ExportsConfig): Promise<void> {
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.exportTick, retryLimit: 0, expireInSeconds: 300 },
    {
      name: QUEUES.exportRun,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.timeoutSeconds,
    },
    {
      name: QUEUES.exportWebhook,
      retryLimit: WEBHOOK_RETRY_LIMIT,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: WEBHOOK_TIMEOUT_SECONDS * 2,
    },
  ];
  for (const queue of queues) {
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
}

const through = (executor: SqlExecutor): PgBoss.Db => ({
  executeSql: (text, values) => executor.query(text, values),
});

/** The exports module's view of the queue: jobs are sent on the caller's connection (transaction). */
export function exportQueueOf(boss: PgBoss, settings: ExportsConfig): ExportQueue {
  return {
    async sendRun(runId, executor) {
      await boss.send(QUEUES.exportRun, { runId } satisfies RunJobData, {
        id: runId,
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: settings.timeoutSeconds,
        db: through(executor),
      });
    },
    async sendWebhook(delivery: WebhookDelivery, executor) {
      await boss.send(QUEUES.exportWebhook, delivery, {
        retryLimit: WEBHOOK_RETRY_LIMIT,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: WEBHOOK_TIMEOUT_SECONDS * 2,
        db: through(executor),
      });
    },
  };
}

/**
 * Sends a tick as if the clock read `now` (tests and operators): every schedule due by then
 * fires once. Duplicates are harmless; a run is unique per schedule and tick.
 */
export async function sendExportTick(boss: PgBoss, now: Date): Promise<void> {
  await boss.send(QUEUES.exportTick, { now: now.toISOString() } satisfies TickJobData);
}
