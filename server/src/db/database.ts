import { connectDatabase, type DatabaseHandle } from './client.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrateDatabase } from './migrate.js';

export interface OpenDatabaseOptions {
  /** Null → an embedded PostgreSQL under `dataDir`. */
  url: string | null;
  dataDir: string;
  embeddedPort: number;
  statementTimeoutMs: number;
  onQuery?: (sql: string) => void;
  onLog?: (message: string) => void;
}

export interface OpenDatabase extends DatabaseHandle {
  embedded: boolean;
}

/** Connects (starting the embedded server if no URL is given) and applies pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const embedded = options.url
    ? null
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        port: options.embeddedPort,
        database: 'clout',
        onLog: options.onLog,
      });
  try {
    const handle = connectDatabase({
      url: options.url ?? embedded!.url,
      statementTimeoutMs: options.statementTimeoutMs,
      onQuery: options.onQuery,
    });
    await migrateDatabase(handle.db);
    return {
      ...handle,
      embedded: embedded !== null,
      close: async () => {
        await handle.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
