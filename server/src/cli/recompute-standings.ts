import 'reflect-metadata';
import { loadConfigOrExit } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { recomputeStandings } from '../modules/standings/standings.service.js';

// Rebuilds every stored standing from the current data (idempotent: same data, same rows).
const config = loadConfigOrExit();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  embeddedPort: config.embeddedPostgresPort,
  statementTimeoutMs: 0,
});
try {
  const result = await recomputeStandings(database, { onlyIfStale: false });
  console.log(
    `Recomputed ${result.rows} standing scores in ${result.durationMs} ms (data version ${result.dataVersion}).`,
  );
} finally {
  await database.close();
}
