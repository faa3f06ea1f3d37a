import path from 'node:path';
import { z } from 'zod';

// 0 asks the system for any free port (the printed URL shows which).
const port = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  DATABASE_URL: z.string().url('must be a postgres:// URL').optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port.default(54329),
  PUBLIC_READ: flag.default('true'),
  SEED_ON_EMPTY: flag.default('true'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Absolute; holds the embedded database and any other local state. */
  dataDir: string;
  /** Null → run an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  embeddedPostgresPort: number;
  publicRead: boolean;
  seedOnEmpty: boolean;
  statementTimeoutMs: number;
  logLevel: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    dataDir: path.resolve(cwd, values.DATA_DIR),
    databaseUrl: values.DATABASE_URL ?? null,
    embeddedPostgresPort: values.EMBEDDED_PG_PORT,
    publicRead: values.PUBLIC_READ,
    seedOnEmpty: values.SEED_ON_EMPTY,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
  };
}
