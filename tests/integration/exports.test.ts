import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_TABLES } from '../../server/src/modules/exports/snapshot/full-dataset.js';
import {
  startExportTestApp,
  testExportSettings,
  waitFor,
  type ExportTestApp,
} from '../fixtures/export-app.js';
import { savedQueryDocument } from '../fixtures/export-fixtures.js';
import { dataOf } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let app: ExportTestApp;
const exportsDir = mkdtempSync(path.join(os.tmpdir(), 'clout-exports-'));

beforeAll(async () => {
  database = await createTestDatabase('demo');
  app = await startExportTestApp(database, testExportSettings(exportsDir), { work: true });
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  rmSync(exportsDir, { recursive: true, force: true });
});

interface RunView {
  id: string;
  status: string;
  attempt: number;
  error: string | null;
  rows: number | null;
  bytes: number | null;
  citation: string | null;
  manifestUrl: string | null;
  files: {
    name: string;
    resource: string;
    format: string;
    bytes: number;
    rows: number | null;
    sha256: string;
    url: string;
  }[];
}
const runFields =
  'id status attempt error rows bytes citation manifestUrl files { name resource format bytes rows sha256 url }';

async function saveQuery(
  document = savedQueryDocument,
  variables: Record<string, unknown> = { region: 'mena' },
) {
  const { saveQuery } = dataOf(
    await app.graphql<{ saveQuery: { id: string } }>(
      `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { id } }`,
      { input: { name: `Query ${Math.random()}`, document, variables } },
    ),
  );
  return saveQuery.id;
}

async function createSchedule(input: Record<string, unknown>) {
  const response = await app.graphql<{ createExportSchedule: { id: string; version: number } }>(
    `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id version } }`,
    { input: { name: 'Schedule', cron: '0 6 * * 1', timeZone: 'Europe/Berlin', formats: ['CSV'], ...input } },
  );
  return response;
}

async function runNow(scheduleId: string): Promise<string> {
  const { runExportNow } = dataOf(
    await app.graphql<{ runExportNow: { id: string; status: string } }>(
      `mutation ($id: ID!) { runExportNow(id: $id) { id status } }`,
      { id: scheduleId },
    ),
  );
  expect(runExportNow.status).toBe('QUEUED');
  return runExportNow.id;
}

async function getRun(id: string): Promise<RunView> {
  return dataOf(
    await app.graphql<{ exportRun: RunView }>(`query ($id: ID!) { exportRun(id: $id) { ${runFields} } }`, {
      id,
    }),
  ).exportRun;
}

function finished(id: string): Promise<RunView> {
  return waitFor(`run ${id} to finish`, async () => {
    const run = await getRun(id);
    return run.status === 'SUCCEEDED' || run.status === 'FAILED' ? run : undefined;
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('schedules', () => {
  it.each([
    [{ cron: '0 6 * *' }, 'input.cron', /5 fields/],
    [{ cron: '0 6 * * 8' }, 'input.cron', /not a valid cron/],
    [{ timeZone: 'Europe/Atlantis' }, 'input.timeZone', /not a known IANA time zone/],
    [{ formats: [] }, 'input.formats', /at least one/],
    [{ target: 'SAVED_QUERY' }, 'input.savedQueryId', /required/],
    [{ target: 'FULL_DATASET', keepLast: 0 }, 'input.keepLast', /between 1/],
    [{ target: 'FULL_DATASET', webhookUrl: 'ftp://example.org' }, 'input.webhookUrl', /http/],
  ])('refuses %o naming %s', async (input, field, message) => {
    const response = await createSchedule({ target: 'FULL_DATASET', ...input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors![0]!.message).toMatch(message);
  });

  it('refuses schedule variables that do not fit the saved query', async () => {
    const savedQueryId = await saveQuery();
    const response = await createSchedule({ target: 'SAVED_QUERY', savedQueryId, variables: { region: 7 } });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.variables',
    });
  });

  it('shows the next runs in the schedule’s zone, and previews a cron before saving', async () => {
    const { createExportSchedule } = dataOf(await createSchedule({ target: 'FULL_DATASET' }));
    const { exportSchedule } = dataOf(
      await app.graphql<{ exportSchedule: { nextRunAt: string; nextRuns: string[] } }>(
        `query ($id: ID!) { exportSchedule(id: $id) { nextRunAt nextRuns(count: 8) } }`,
        { id: createExportSchedule.id },
      ),
    );
    expect(exportSchedule.nextRuns).toHaveLength(8);
    expect(exportSchedule.nextRuns[0]).toBe(exportSchedule.nextRunAt);
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    for (const time of exportSchedule.nextRuns) expect(berlin.format(new Date(time))).toBe('Mon 06:00');

    const preview = await app.graphql<{ exportCronPreview: string[] }>(
      `{ exportCronPreview(cron: "0 6 * * 1", timeZone: "Europe/Moscow", count: 3) }`,
    );
    for (const time of dataOf(preview).exportCronPreview) expect(time).toMatch(/T03:00:00/);
    const bad = await app.graphql(`{ exportCronPreview(cron: "0 6 * * 1", timeZone: "Nowhere/Land") }`);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
  });

  it('updates with the expected version; a stale version is a CONFLICT', async () => {
    const { createExportSchedule } = dataOf(await createSchedule({ target: 'FULL_DATASET' }));
    const update = `mutation ($id: ID!, $v: Int!, $input: UpdateExportScheduleInput!) {
      updateExportSchedule(id: $id, expectedVersion: $v, input: $input) { version cron enabled nextRunAt nextRuns(count: 2) } }`;
    const updated = dataOf(
      await app.graphql<{ updateExportSchedule: { version: number; cron: string; nextRuns: string[] } }>(
        update,
        {
          id: createExportSchedule.id,
          v: 1,
          input: { cron: '30 7 * * *' },
        },
      ),
    ).updateExportSchedule;
    expect(updated).toMatchObject({ version: 2, cron: '30 7 * * *' });
    const stale = await app.graphql(update, { id: createExportSchedule.id, v: 1, input: { enabled: false } });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const disabled = dataOf(
      await app.graphql<{ updateExportSchedule: { enabled: boolean; nextRunAt: null; nextRuns: string[] } }>(
        update,
        {
          id: createExportSchedule.id,
          v: 2,
          input: { enabled: false },
        },
      ),
    ).updateExportSchedule;
    expect(disabled).toMatchObject({ enabled: false, nextRunAt: null, nextRuns: [] });
  });
});

describe('a saved-query export, run now', () => {
  let run: RunView;

  beforeAll(async () => {
    const savedQueryId = await saveQuery();
    const { createExportSchedule } = dataOf(
      await createSchedule({
        name: 'Weekly MENA summits',
        target: 'SAVED_QUERY',
        savedQueryId,
        formats: ['CSV', 'JSON', 'NDJSON'],
      }),
    );
    run = await finished(await runNow(createExportSchedule.id));
  });

  it('succeeds with one CSV and NDJSON file per list, the JSON result and a manifest', () => {
    expect(run.status).toBe('SUCCEEDED');
    expect(run.files.map((file) => file.name).sort()).toEqual([
      'datapackage.json',
      'result.json',
      'summits.csv',
      'summits.ndjson',
      'summits.nodes.csv',
      'summits.nodes.ndjson',
      'summits.nodes.participants.csv',
      'summits.nodes.participants.ndjson',
    ]);
    expect(run.citation).toContain(`run ${run.id}`);
    expect(run.citation).toContain(`/exports/${run.id}/datapackage.json`);
  });

  it('serves each file from its permanent link with type, disposition, length and checksum headers', async () => {
    for (const file of run.files) {
      const response = await app.get(file.url);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length).toBe(file.bytes);
      expect(response.headers.get('content-length')).toBe(String(file.bytes));
      expect(response.headers.get('x-checksum-sha256')).toBe(sha256(body));
      expect(response.headers.get('etag')).toBe(`"sha256-${file.sha256}"`);
      expect(response.headers.get('repr-digest')).toBe(
        `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
      );
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`attachment; filename=".*${file.name}"`),
      );
      expect(response.headers.get('content-type')).toMatch(
        file.format === 'CSV'
          ? /^text\/csv/
          : file.format === 'NDJSON'
            ? /^application\/x-ndjson/
            : /^application\/json/,
      );
    }
    const cached = await app.get(run.files[0]!.url, { 'if-none-match': `"sha256-${run.files[0]!.sha256}"` });
    expect(cached.status).toBe(304);
  });

  it('has a manifest whose hashes match the files, and CSV an independent parser reads', async () => {
    const manifest = (await (await app.get(run.manifestUrl!)).json()) as {
      resources: {
        path: string;
        bytes: number;
        sha256: string;
        hash: string;
        rows?: number;
        schema?: { fields: { name: string }[] };
      }[];
      clout: {
        runId: string;
        query: string;
        variables: unknown;
        methodologyVersion: number;
        dataVersion: number;
        snapshotAt: string;
      };
    };
    expect(manifest.clout).toMatchObject({
      runId: run.id,
      query: savedQueryDocument,
      variables: { region: 'mena' },
      methodologyVersion: 1,
    });
    expect(manifest.resources).toHaveLength(run.files.length - 1);
    for (const resource of manifest.resources) {
      const body = Buffer.from(await (await app.get(`/exports/${run.id}/${resource.path}`)).arrayBuffer());
      expect(resource.bytes).toBe(body.length);
      expect(resource.hash).toBe(`sha256:${sha256(body)}`);
      if (resource.path.endsWith('.csv')) {
        const records = parse(body, { columns: true }) as Record<string, string>[];
        expect(records).toHaveLength(resource.rows!);
        expect(Object.keys(records[0] ?? {})).toEqual(resource.schema!.fields.map((field) => field.name));
      }
    }
    const nodes = parse(
      Buffer.from(await (await app.get(`/exports/${run.id}/summits.nodes.csv`)).arrayBuffer()),
      { columns: true },
    ) as Record<string, string>[];
    expect(nodes.map((node) => node.id)).toContain('sharm-el-sheikh-peace-summit-2025');
    const result = (await (await app.get(`/exports/${run.id}/result.json`)).json()) as {
      data: { summits: { nodes: unknown[] } };
    };
    expect(result.data.summits.nodes).toHaveLength(nodes.length);
  });

  it('answers 404 for unknown files and runs, and refuses to change a finished run', async () => {
    expect((await app.get(`/exports/${run.id}/nope.csv`)).status).toBe(404);
    expect((await app.get(`/exports/${run.id}/..%2Fsecret`)).status).toBe(404);
    expect((await app.get(`/exports/00000000-0000-4000-8000-000000000000/datapackage.json`)).status).toBe(
      404,
    );
    await expect(
      database.pool.query(`UPDATE export_runs SET rows = 0 WHERE id = $1`, [run.id]),
    ).rejects.toThrow(/finished/);
  });
});

describe('the full-dataset snapshot', () => {
  it('exports every read-API table whole, and a diff counts rows added, removed and changed', async () => {
    const { createExportSchedule } = dataOf(
      await createSchedule({ name: 'Full dataset', target: 'FULL_DATASET', formats: ['CSV', 'NDJSON'] }),
    );
    const first = await finished(await runNow(createExportSchedule.id));
    expect(first.status).toBe('SUCCEEDED');
    const csvFiles = first.files.filter((file) => file.format === 'CSV');
    expect(csvFiles.map((file) => file.resource).sort()).toEqual([...DATASET_TABLES].sort());
    for (const file of csvFiles) {
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${file.resource}`,
      );
      expect(file.rows, file.resource).toBe(rows[0]!.n);
    }

    await database.pool.query(`INSERT INTO sources (key, url, publisher, title, published_on, accessed_on)
      VALUES ('diff-source', 'https://example.org/diff', 'Fixture', 'Added for the diff', '2026-01-01', '2026-01-02')`);
    await database.pool.query(
      `UPDATE summits SET city = 'Renamed City' WHERE key = 'sharm-el-sheikh-peace-summit-2025'`,
    );
    const removed = await database.pool.query(
      `DELETE FROM event_actors WHERE (event_id, actor_code) IN (SELECT event_id, actor_code FROM event_actors LIMIT 1)`,
    );
    expect(removed.rowCount).toBe(1);
    const second = await finished(await runNow(createExportSchedule.id));
    expect(second.status).toBe('SUCCEEDED');

    type Diff = {
      resource: string;
      added: number;
      removed: number;
      changed: number;
      unchanged: number;
      changedKeys: string[];
    };
    const { exportRunDiff } = dataOf(
      await app.graphql<{ exportRunDiff: { resources: Diff[] } }>(
        `query ($a: ID!, $b: ID!) { exportRunDiff(baseRunId: $a, runId: $b) { resources { resource added removed changed unchanged changedKeys } } }`,
        { a: first.id, b: second.id },
      ),
    );
    const byResource = new Map(exportRunDiff.resources.map((diff) => [diff.resource, diff]));
    expect(byResource.get('sources')).toMatchObject({ added: 1, removed: 0, changed: 0 });
    expect(byResource.get('summits')).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(byResource.get('event_actors')).toMatchObject({ added: 0, removed: 1, changed: 0 });
    expect(byResource.get('arms_transfers')).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });
});

describe('failures and retention', () => {
  it('retries a failing run, records the error and POSTs the failure to the webhook (with retries)', async () => {
    const received: { event: string; run: { id: string; error: string } }[] = [];
    let answered = 0;
    const receiver = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(body));
        // The first delivery fails: the queue must try again.
        response.statusCode = answered++ === 0 ? 503 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const savedQueryId = await saveQuery(
        `query ($region: String!) { standings(region: $region) { power { code } } }`,
        { region: 'atlantis' },
      );
      const { createExportSchedule } = dataOf(
        await createSchedule({
          name: 'Bound to fail',
          target: 'SAVED_QUERY',
          savedQueryId,
          webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        }),
      );
      const run = await finished(await runNow(createExportSchedule.id));
      expect(run).toMatchObject({ status: 'FAILED', attempt: 2, files: [] });
      expect(run.error).toMatch(/atlantis/);
      await waitFor('the webhook to be retried', async () => (received.length >= 2 ? true : undefined));
      expect(received[1]).toMatchObject({ event: 'export.run.failed', run: { id: run.id } });
      expect(received[1]!.run.error).toMatch(/atlantis/);
      expect((await app.get(`/exports/${run.id}/datapackage.json`)).status).toBe(404);
    } finally {
      receiver.close();
    }
  });

  it('keeps the last N runs: older runs’ rows, files and links go', async () => {
    const { createExportSchedule } = dataOf(
      await createSchedule({ name: 'Keep two', target: 'FULL_DATASET', formats: ['NDJSON'], keepLast: 2 }),
    );
    const runs: RunView[] = [];
    for (let index = 0; index < 3; index++) runs.push(await finished(await runNow(createExportSchedule.id)));
    expect(runs.map((run) => run.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    await waitFor('retention', async () =>
      existsSync(path.join(exportsDir, runs[0]!.id)) ? undefined : true,
    );
    const { exportRuns } = dataOf(
      await app.graphql<{ exportRuns: { totalCount: number; nodes: { id: string }[] } }>(
        `query ($id: ID!) { exportRuns(where: { scheduleId: $id }) { totalCount nodes { id } } }`,
        { id: createExportSchedule.id },
      ),
    );
    expect(exportRuns.nodes.map((node) => node.id)).toEqual([runs[2]!.id, runs[1]!.id]);
    expect((await app.get(runs[0]!.manifestUrl!)).status).toBe(404);
    expect((await app.get(runs[2]!.manifestUrl!)).status).toBe(200);
  });
});
