import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';

/**
 * DATABASE_URL, else the embedded server `npm start` runs (if it is up), else a new embedded
 * server on the same data folder.
 */
export async function openCliDatabase(config: AppConfig, statementTimeoutMs: number): Promise<OpenDatabase> {
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/clout`;
  const url = config.databaseUrl ?? ((await reachable(embeddedUrl)) ? embeddedUrl : null);
  return openDatabase({
    url,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    statementTimeoutMs,
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
