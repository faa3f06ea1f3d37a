import type pg from 'pg';

/** Runs SQL on a given connection, so a job is sent in the same transaction as its run row. */
export type SqlExecutor = Pick<pg.ClientBase, 'query'>;

export interface WebhookDelivery {
  url: string;
  payload: Record<string, unknown>;
}

/** The job queue as the exports module needs it (implemented with pg-boss in server/src/jobs). */
export interface ExportQueue {
  sendRun(runId: string, executor: SqlExecutor): Promise<void>;
  sendWebhook(delivery: WebhookDelivery, executor: SqlExecutor): Promise<void>;
}

/** What export writes need besides the database: where files live and how to queue work. */
export interface ExportsRuntime {
  dir: string;
  queue: ExportQueue;
}
