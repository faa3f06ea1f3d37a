import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../server/src/db/client.js';
import { TEMPLATES, withDatabase } from './templates.js';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
  /** SQL statements drizzle has sent since the last reset. */
  statements: string[];
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A private database cloned from a template, so test files run in parallel on their own rows. */
export async function createTestDatabase(template: keyof typeof TEMPLATES = 'demo'): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `clout_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATES[template]}`);
  const url = withDatabase(adminUrl, name);
  const statements: string[] = [];
  const handle = connectDatabase({ url, statementTimeoutMs: 10_000, onQuery: (sql) => statements.push(sql) });
  return {
    ...handle,
    url,
    name,
    statements,
    drop: async () => {
      await handle.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
