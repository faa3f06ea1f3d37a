import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/config/config.js';
import { createLogger } from '../../server/src/config/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { startClout, type RunningClout } from '../../server/src/server.js';
import { withDatabase } from '../support/templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app under test listens, e.g. http://127.0.0.1:43121. */
    e2eBaseUrl: string;
    /** The app's database, for tests that set up what only an admin's CLI can (API tokens). */
    e2eDatabaseUrl: string;
    /** Where the app writes snapshot files, for a second app on the same database to serve them. */
    e2eExportsDir: string;
    /** Chromium to drive, or '' when none is installed (the e2e tests then skip). */
    chromiumPath: string;
  }
}

const WEB_DIST = path.resolve('web/dist');

/**
 * Builds the dashboard if its sources changed, starts the real app (HTTP, GraphQL, built web) on a
 * fresh database seeded with the demo data, and hands its URL and Chromium's path to the tests.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath ?? '');
  project.provide('e2eBaseUrl', '');
  project.provide('e2eDatabaseUrl', '');
  project.provide('e2eExportsDir', '');
  if (!chromiumPath) {
    console.log('e2e skipped: no Chromium found (apt-get install -y chromium)');
    return;
  }

  buildWebIfStale();
  const database = await freshDatabase();
  // Snapshot files go to a temporary folder, never into the developer's .data/exports.
  const exportsDir = mkdtempSync(path.join(os.tmpdir(), 'clout-e2e-exports-'));
  let clout: RunningClout;
  try {
    const config = loadConfig({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      LOG_LEVEL: 'warn',
      EXPORTS_DIR: exportsDir,
      // The exports test needs this process to work the export jobs it queues.
      RUN_WORKER: 'true',
    });
    clout = await startClout(config, createLogger(config.logLevel));
  } catch (error) {
    await database.drop();
    rmSync(exportsDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('e2eBaseUrl', clout.url);
  project.provide('e2eDatabaseUrl', database.url);
  project.provide('e2eExportsDir', exportsDir);

  return async () => {
    await clout.stop();
    await database.drop();
    rmSync(exportsDir, { recursive: true, force: true });
  };
}

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Tests run against the production build the server serves; rebuild only when web/ changed. */
function buildWebIfStale(): void {
  const builtAt = existsSync(path.join(WEB_DIST, 'index.html'))
    ? statSync(path.join(WEB_DIST, 'index.html')).mtimeMs
    : 0;
  const sourcesAt = Math.max(
    newestModification(path.resolve('web/src')),
    statSync(path.resolve('web/index.html')).mtimeMs,
    statSync(path.resolve('web/vite.config.ts')).mtimeMs,
  );
  if (builtAt > sourcesAt) return;
  console.log('e2e: building the web dashboard (web/dist is older than web/src)…');
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

interface E2eDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * TEST_DATABASE_URL: a new database there, dropped afterwards. Otherwise an embedded PostgreSQL
 * under .data/e2e whose `clout_e2e` database is recreated, so every run starts from the demo data.
 */
async function freshDatabase(): Promise<E2eDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `clout_e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    return {
      url: withDatabase(serverUrl, name),
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: path.resolve('.data/e2e'),
    port: Number(process.env.EMBEDDED_E2E_PG_PORT ?? 54340),
    database: 'clout_e2e',
  });
  const maintenance = withDatabase(embedded.url, 'postgres');
  await adminQuery(maintenance, 'DROP DATABASE IF EXISTS clout_e2e WITH (FORCE)');
  await adminQuery(maintenance, 'CREATE DATABASE clout_e2e');
  return { url: embedded.url, drop: () => embedded.stop() };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
