import '../production-env.js';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { createSchema } from '../graphql/schema.js';
import { startJobs } from '../jobs/export-worker.js';
import { sendExportTick } from '../jobs/queues.js';
import { openCliDatabase } from '../jobs/open-database.js';

// `npm run worker`: works export jobs (and fires cron ticks) beside or instead of `npm start`.
// Any number may run against one database; each tick still starts exactly one run.
// `--send-tick <ISO time>` queues one tick as if the clock read that time, then exits (tests,
// operators catching up by hand).
const { values } = parseArgs({ options: { 'send-tick': { type: 'string' } } });

const config = loadConfigOrExit();
const log = createLogger(config.logLevel);
const database = await openCliDatabase(config, config.statementTimeoutMs);
const jobs = await startJobs({
  db: database.db,
  pool: database.pool,
  schema: await createSchema(),
  settings: config.exports,
  log,
  work: values['send-tick'] === undefined,
});

if (values['send-tick'] !== undefined) {
  const now = new Date(values['send-tick']);
  if (Number.isNaN(now.getTime())) {
    console.error(`--send-tick needs an ISO 8601 time, got "${values['send-tick']}"`);
    process.exitCode = 2;
  } else {
    await sendExportTick(jobs.boss, now);
    console.log(`Queued an export tick for ${now.toISOString()}`);
  }
  await jobs.stop();
  await database.close();
} else {
  await jobs.startWorkers();
  console.log(`Clout export worker ${process.pid} is running (exports in ${config.exports.dir})`);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'export worker stopping');
    jobs
      .stop()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'error while stopping the export worker');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
