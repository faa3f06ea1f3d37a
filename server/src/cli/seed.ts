import 'reflect-metadata';
import { loadConfigOrExit } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { curatedDataset } from '../seed/dataset.js';
import { seedDatabase } from '../seed/seed.js';

// Loads the curated dataset; rows that already exist (by natural key) are left untouched.
const config = loadConfigOrExit();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  embeddedPort: config.embeddedPostgresPort,
  statementTimeoutMs: config.statementTimeoutMs,
});
try {
  const { inserted } = await seedDatabase(database.db, curatedDataset);
  const total = Object.values(inserted).reduce((sum, n) => sum + n, 0);
  console.log(
    total === 0 ? 'Dataset already loaded: nothing to insert.' : `Inserted: ${JSON.stringify(inserted)}`,
  );
} finally {
  await database.close();
}
