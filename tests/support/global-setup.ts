import 'reflect-metadata';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { connectDatabase } from '../../server/src/db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { migrateDatabase } from '../../server/src/db/migrate.js';
import { curatedDataset } from '../../server/src/seed/dataset.js';
import { seedDatabase } from '../../server/src/seed/seed.js';
import { recomputeStandings } from '../../server/src/modules/standings/standings.service.js';
import { TEMPLATES, withDatabase } from './templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * Starts PostgreSQL (TEST_DATABASE_URL, else an embedded server under .data/test) and builds two
 * template databases — migrated, and migrated + demo data — that each test file clones.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/test'),
      port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330),
      database: 'clout_admin',
    });
    adminUrl = embedded.url;
  }
  await buildTemplate(adminUrl, TEMPLATES.migrated, false);
  await buildTemplate(adminUrl, TEMPLATES.demo, true);
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await embedded?.stop();
  };
}

async function buildTemplate(adminUrl: string, name: string, withDemoData: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const handle = connectDatabase({ url: withDatabase(adminUrl, name), statementTimeoutMs: 60_000 });
  try {
    await migrateDatabase(handle.db);
    if (withDemoData) {
      await seedDatabase(handle.db, curatedDataset);
      // Clones start with fresh standings instead of each recomputing on first read.
      await recomputeStandings(handle, { onlyIfStale: false });
    }
  } finally {
    await handle.close();
  }
}
