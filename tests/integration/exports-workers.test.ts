import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendExportTick } from '../../server/src/jobs/queues.js';
import { recomputeStandings } from '../../server/src/modules/standings/standings.service.js';
import {
  startExportTestApp,
  testExportSettings,
  waitFor,
  type ExportTestApp,
} from '../fixtures/export-app.js';
import { insertBulkArmsTransfers, savedQueryDocument } from '../fixtures/export-fixtures.js';
import { dataOf } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Real worker processes (`npm run worker`'s entry point through tsx) sharing one database.
const TIMEOUT_SECONDS = 20;
let database: TestDatabase;
let app: ExportTestApp;
const exportsDir = mkdtempSync(path.join(os.tmpdir(), 'clout-workers-'));
const workers = new Map<number, ChildProcessWithoutNullStreams>();

function startWorker(): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      EXPORTS_DIR: exportsDir,
      EXPORT_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
      EXPORT_RETRY_LIMIT: '2',
      EXPORT_RETRY_DELAY_SECONDS: '1',
      LOG_LEVEL: 'warn',
    },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/export worker \d+ is running/.test(output)) {
        workers.set(child.pid!, child);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      workers.delete(child.pid!);
      reject(new Error(`worker exited with ${code} before it was ready:\n${output}`));
    });
  });
}

beforeAll(async () => {
  database = await createTestDatabase('demo');
  // This process only queues (API and forced ticks); the three children do the work.
  app = await startExportTestApp(
    database,
    testExportSettings(exportsDir, { timeoutSeconds: TIMEOUT_SECONDS }),
    {
      work: false,
    },
  );
  await Promise.all([startWorker(), startWorker(), startWorker()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    [...workers.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await app?.close();
  await database?.drop();
  rmSync(exportsDir, { recursive: true, force: true });
}, 60_000);

async function createSchedule(input: Record<string, unknown>): Promise<string> {
  const { createExportSchedule } = dataOf(
    await app.graphql<{ createExportSchedule: { id: string } }>(
      `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`,
      { input: { cron: '0 6 * * 1', timeZone: 'Europe/Berlin', ...input } },
    ),
  );
  return createExportSchedule.id;
}

const pendingJobs = async (queue: string) =>
  (
    await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
      [queue],
    )
  ).rows[0]!.n;

describe('three worker processes on one database', () => {
  it('start exactly one run per schedule tick, however many ticks are delivered', async () => {
    const { saveQuery } = dataOf(
      await app.graphql<{ saveQuery: { id: string } }>(
        `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { id } }`,
        { input: { name: 'MENA summits', document: savedQueryDocument, variables: { region: 'mena' } } },
      ),
    );
    const scheduleId = await createSchedule({
      name: 'Weekly',
      target: 'SAVED_QUERY',
      savedQueryId: saveQuery.id,
      formats: ['CSV'],
    });
    const { exportSchedule } = dataOf(
      await app.graphql<{ exportSchedule: { nextRuns: string[] } }>(
        `query ($id: ID!) { exportSchedule(id: $id) { nextRuns(count: 3) } }`,
        { id: scheduleId },
      ),
    );
    for (const tick of exportSchedule.nextRuns) {
      // Every process's scheduler (and then some) delivers the same tick at once.
      await Promise.all(Array.from({ length: 6 }, () => sendExportTick(app.jobs.boss, new Date(tick))));
      await waitFor(`tick ${tick} to be handled`, async () =>
        (await pendingJobs('clout-export-tick')) === 0 ? true : undefined,
      );
    }
    const runs = await waitFor('the runs to finish', async () => {
      const { rows } = await database.pool.query<{ scheduled_for: Date; status: string; attempt: number }>(
        `SELECT scheduled_for, status, attempt FROM export_runs WHERE schedule_id = $1 ORDER BY scheduled_for`,
        [scheduleId],
      );
      return rows.every((row) => row.status === 'succeeded') ? rows : undefined;
    });
    expect(runs.map((run) => run.scheduled_for.toISOString())).toEqual(exportSchedule.nextRuns);
    expect(runs.map((run) => run.attempt)).toEqual([1, 1, 1]);
    const jobs = await database.pool.query(`SELECT id FROM pgboss.job WHERE name = 'clout-export-run'`);
    expect(jobs.rowCount).toBe(3);
  }, 120_000);

  it('a worker killed with SIGKILL mid-run: the run is retried, no partial file is ever served, the files verify', async () => {
    await insertBulkArmsTransfers(database.pool, 150_000);
    await recomputeStandings(database, { onlyIfStale: true });
    const scheduleId = await createSchedule({
      name: 'Full dataset',
      target: 'FULL_DATASET',
      formats: ['CSV', 'NDJSON', 'JSON'],
    });
    const { runExportNow } = dataOf(
      await app.graphql<{ runExportNow: { id: string } }>(
        `mutation ($id: ID!) { runExportNow(id: $id) { id } }`,
        {
          id: scheduleId,
        },
      ),
    );
    const runId = runExportNow.id;
    const partial = path.join(exportsDir, '.partial', `${runId}.1`);

    // The worker holding a file open in the first attempt's folder is the one to kill.
    const writer = await waitFor(
      'a worker to be writing the run',
      async () => {
        for (const pid of workers.keys()) {
          const fds = (() => {
            try {
              return readdirSync(`/proc/${pid}/fd`);
            } catch {
              return [];
            }
          })();
          for (const fd of fds) {
            try {
              if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(partial)) return pid;
            } catch {
              // The descriptor closed while looking.
            }
          }
        }
        return undefined;
      },
      60_000,
      10,
    );
    const killed = workers.get(writer)!;
    await new Promise<void>((resolve) => {
      killed.once('exit', () => resolve());
      killed.kill('SIGKILL');
    });
    expect(workers.size).toBe(2);

    const fields = 'status attempt files { name sha256 bytes rows resource format }';
    type Run = {
      status: string;
      attempt: number;
      files: {
        name: string;
        sha256: string;
        bytes: number;
        rows: number | null;
        resource: string;
        format: string;
      }[];
    };
    const run = await waitFor(
      'the run to be retried and finish',
      async () => {
        const { exportRun } = dataOf(
          await app.graphql<{ exportRun: Run }>(`query ($id: ID!) { exportRun(id: $id) { ${fields} } }`, {
            id: runId,
          }),
        );
        if (exportRun.status === 'SUCCEEDED') return exportRun;
        // Until it has succeeded nothing is listed or served.
        expect(exportRun.status).not.toBe('FAILED');
        expect(exportRun.files).toEqual([]);
        expect((await app.get(`/exports/${runId}/datapackage.json`)).status).toBe(404);
        return undefined;
      },
      100_000,
      250,
    );
    expect(run.attempt).toBe(2);

    const dir = path.join(exportsDir, runId);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
      resources: { path: string; bytes: number; sha256: string; rows: number }[];
    };
    expect(readdirSync(dir).sort()).toEqual(run.files.map((file) => file.name).sort());
    for (const resource of manifest.resources) {
      const bytes = readFileSync(path.join(dir, resource.path));
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), resource.path).toBe(resource.sha256);
    }
    const transfers = parse(readFileSync(path.join(dir, 'arms_transfers.csv')), { columns: true });
    const { rows } = await database.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM arms_transfers',
    );
    expect(transfers).toHaveLength(rows[0]!.n);
    expect(rows[0]!.n).toBeGreaterThan(150_000);
    // The killed attempt's folder is gone.
    expect(existsSync(partial)).toBe(false);
  }, 150_000);
});
