import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/config/logger.js';
import { createSchema } from '../../server/src/graphql/schema.js';
import { QUEUES } from '../../server/src/jobs/queues.js';
import { claimRun } from '../../server/src/modules/exports/export-runs.repository.js';
import { maintainExports } from '../../server/src/modules/exports/export-runner.service.js';
import { startExportTestApp, testExportSettings, type ExportTestApp } from '../fixtures/export-app.js';
import { dataOf } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// A worker that takes a run and dies on its last attempt (no retries left) leaves the run
// "running". pg-boss expires the job after the working timeout; the exports upkeep must then fail
// the run — with a reason, and the failure webhook — while leaving runs that still have a live job.
const TIMEOUT_SECONDS = 2;
let database: TestDatabase;
let app: ExportTestApp;
const exportsDir = mkdtempSync(path.join(os.tmpdir(), 'clout-stranded-'));

beforeAll(async () => {
  database = await createTestDatabase('demo');
  // Nothing works jobs in this process: the test plays the worker that vanishes.
  app = await startExportTestApp(
    database,
    testExportSettings(exportsDir, { timeoutSeconds: TIMEOUT_SECONDS, retryLimit: 0 }),
    { work: false },
  );
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  rmSync(exportsDir, { recursive: true, force: true });
});

async function queueRun(scheduleId: string): Promise<string> {
  const { runExportNow } = dataOf(
    await app.graphql<{ runExportNow: { id: string } }>(
      `mutation ($id: ID!) { runExportNow(id: $id) { id } }`,
      {
        id: scheduleId,
      },
    ),
  );
  return runExportNow.id;
}

const runState = async (id: string) =>
  (
    await database.pool.query<{ status: string; error: string | null; finished_at: Date | null }>(
      'SELECT status, error, finished_at FROM export_runs WHERE id = $1',
      [id],
    )
  ).rows[0]!;

const jobState = async (id: string) =>
  (await database.pool.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [id])).rows[0]
    ?.state;

describe('a run whose worker vanished on its last attempt', () => {
  it('is failed with a reason and a webhook once its job has expired; a run still queued is left alone', async () => {
    const { createExportSchedule } = dataOf(
      await app.graphql<{ createExportSchedule: { id: string } }>(
        `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`,
        {
          input: {
            name: 'Stranded',
            target: 'FULL_DATASET',
            cron: '0 6 * * 1',
            timeZone: 'UTC',
            formats: ['CSV'],
            webhookUrl: 'http://127.0.0.1:9/hook',
          },
        },
      ),
    );
    const stranded = await queueRun(createExportSchedule.id);
    const waiting = await queueRun(createExportSchedule.id);

    // The worker: takes the job and claims the run, as export-worker does, then is gone.
    const [job] = await app.jobs.boss.fetch<{ runId: string }>(QUEUES.exportRun);
    expect(job!.id).toBe(stranded);
    expect((await claimRun(database.db, stranded))?.status).toBe('running');

    // pg-boss's supervision (on in processes that work jobs) expires the job after the timeout.
    await new Promise((resolve) => setTimeout(resolve, (TIMEOUT_SECONDS + 1) * 1000));
    await app.jobs.boss.maintain();
    expect(await jobState(stranded)).toBe('failed');
    expect(await jobState(waiting)).toBe('created');

    // The upkeep leaves runs younger than 30 s alone; stand in for that time.
    await database.pool.query(
      `UPDATE export_runs SET queued_at = queued_at - interval '1 minute' WHERE id = ANY($1)`,
      [[stranded, waiting]],
    );
    await maintainExports({
      db: database.db,
      pool: database.pool,
      schema: await createSchema(),
      runtime: app.jobs.runtime,
      log: createLogger('silent'),
      timeoutSeconds: TIMEOUT_SECONDS,
    });

    const failed = await runState(stranded);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/stopped without finishing .* no retries left/);
    expect(failed.finished_at).toBeInstanceOf(Date);
    expect((await runState(waiting)).status).toBe('queued');
    const { rows: webhooks } = await database.pool.query<{ data: { payload: { run: { id: string } } } }>(
      'SELECT data FROM pgboss.job WHERE name = $1',
      [QUEUES.exportWebhook],
    );
    expect(webhooks.map((row) => row.data.payload.run.id)).toEqual([stranded]);

    // The API reports it, and nothing is served for it.
    const { exportRun } = dataOf(
      await app.graphql<{ exportRun: { status: string; files: unknown[] } }>(
        `query ($id: ID!) { exportRun(id: $id) { status files { name } } }`,
        { id: stranded },
      ),
    );
    expect(exportRun).toEqual({ status: 'FAILED', files: [] });
    expect((await app.get(`/exports/${stranded}/datapackage.json`)).status).toBe(404);
  }, 30_000);
});
