import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config/config.js';
import { createLogger } from '../../server/src/config/logger.js';
import { connectDatabase, type DatabaseHandle } from '../../server/src/db/client.js';
import { revokeToken } from '../../server/src/modules/auth/auth.repository.js';
import { createApiToken } from '../../server/src/modules/auth/auth.service.js';
import { startClout, type RunningClout } from '../../server/src/server.js';
import { databaseUrl, exportsDir, noBrowser, useBrowser } from './support/browser.js';

// A second app on the e2e database, configured as an operator would for a private install
// (READ_ACCESS=token). The first app's worker writes the snapshot files into the shared folder.
const UNAUTHORISED = /Failed to load resource: the server responded with a status of 401/;

describe.skipIf(noBrowser)('an install that needs a token to read', () => {
  const browser = useBrowser();
  let clout: RunningClout;
  let database: DatabaseHandle;
  let tokenId: number;
  let secret: string;

  beforeAll(async () => {
    database = connectDatabase({ url: databaseUrl, statementTimeoutMs: 10_000 });
    const token = await createApiToken(database.db, { name: 'E2E private reader', role: 'editor' });
    tokenId = token.id;
    secret = token.token;
    const config = loadConfig({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      EXPORTS_DIR: exportsDir,
      RUN_WORKER: 'false',
      READ_ACCESS: 'token',
    });
    clout = await startClout(config, createLogger(config.logLevel));
  });
  afterAll(async () => {
    await clout?.stop();
    // Revoking the only token opens writes again for the other e2e files.
    if (tokenId !== undefined) await revokeToken(database.db, tokenId);
    await database?.close();
  });

  async function graphql<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const response = await fetch(`${clout.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** Queues a run of a new schedule and waits for the first app's worker to finish it. */
  async function succeededRun(): Promise<{ scheduleId: string; runId: string }> {
    const { createExportSchedule } = await graphql<{ createExportSchedule: { id: string } }>(
      `
        mutation ($input: CreateExportScheduleInput!) {
          createExportSchedule(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: 'Private snapshot',
          target: 'FULL_DATASET',
          cron: '0 3 * * *',
          timeZone: 'UTC',
          formats: ['CSV'],
          enabled: false,
        },
      },
    );
    const { runExportNow } = await graphql<{ runExportNow: { id: string } }>(
      `
        mutation ($id: ID!) {
          runExportNow(id: $id) {
            id
          }
        }
      `,
      { id: createExportSchedule.id },
    );
    await expect
      .poll(
        async () =>
          (
            await graphql<{ exportRun: { status: string } }>(
              `
                query ($id: ID!) {
                  exportRun(id: $id) {
                    status
                  }
                }
              `,
              {
                id: runExportNow.id,
              },
            )
          ).exportRun.status,
        { timeout: 90_000, interval: 500 },
      )
      .toBe('SUCCEEDED');
    return { scheduleId: createExportSchedule.id, runId: runExportNow.id };
  }

  it('asks for a token, loads once one is pasted, and downloads snapshot files with it', async () => {
    const { page } = await browser.open({ allowed: UNAUTHORISED });
    await page.goto(`${clout.url}/`);
    const refused = page.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(
      /Reading this API needs a token.*Paste a token under “API token” at the top of the page/,
    );

    await page.locator('[data-token-menu] summary').click();
    await page.locator('form.token input[name="token"]').fill(secret);
    await page.getByRole('button', { name: 'Use token' }).click();
    // The refused reference data loads again by itself: the overview's chart draws.
    await page.locator('svg[data-chart="standing"] circle').first().waitFor();

    const { scheduleId, runId } = await succeededRun();
    await page.goto(`${clout.url}/exports?schedule=${scheduleId}&run=${runId}`);
    const row = page.locator('table.files tr[data-file="summits.csv"]');
    await row.waitFor();
    const shown = await row.locator('[data-sha256]').getAttribute('data-sha256');
    // A plain link would be refused (401); the dashboard fetches the file with the token.
    expect(
      (await page.request.get(`${clout.url}${await row.locator('a').getAttribute('href')}`)).status(),
    ).toBe(401);
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('a').click()]);
    const downloaded = await readFile(await download.path());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(shown);
  }, 150_000);
});
