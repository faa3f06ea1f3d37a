import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = NodePgDatabase<typeof schema>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string;
  statementTimeoutMs: number;
  maxConnections?: number;
  /** Called for every SQL statement drizzle sends; the N+1 guard counts through it. */
  onQuery?: (sql: string) => void;
}

// Postgres returns `date` columns as 'YYYY-MM-DD' strings rather than JS Dates in local time.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Numerics (TIV, deal values) fit safely in a double.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export function connectDatabase(options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    statement_timeout: options.statementTimeoutMs,
    application_name: 'clout',
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined);
  const onQuery = options.onQuery;
  const db = drizzle(pool, {
    schema,
    logger: onQuery ? { logQuery: (query) => onQuery(query) } : false,
  });
  return { db, pool, close: () => pool.end() };
}
