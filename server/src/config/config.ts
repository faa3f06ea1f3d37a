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
  SEED_ON_EMPTY: flag.default('true'),
  READ_ACCESS: z.enum(['public', 'token'], { message: 'must be public or token' }).default('public'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EXPORTS_DIR: z.string().min(1).optional(),
  RUN_WORKER: flag.default('true'),
  EXPORT_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(86_400).default(1800),
  EXPORT_RETRY_LIMIT: z.coerce.number().int().min(0).max(10).default(2),
  EXPORT_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
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
  seedOnEmpty: boolean;
  /** `token`: every read needs an API token; writes always need one once any token exists. */
  readAccess: 'public' | 'token';
  statementTimeoutMs: number;
  logLevel: string;
  exports: ExportsConfig;
}

export interface ExportsConfig {
  /** Absolute; every server and worker that shares a database must reach the same folder. */
  dir: string;
  /** Run export jobs inside this process (`npm start`); `npm run worker` always does. */
  runWorker: boolean;
  /** A run still working after this long is abandoned and retried (or failed). */
  timeoutSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
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
  const dataDir = path.resolve(cwd, values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    dataDir,
    databaseUrl: values.DATABASE_URL ?? null,
    embeddedPostgresPort: values.EMBEDDED_PG_PORT,
    seedOnEmpty: values.SEED_ON_EMPTY,
    readAccess: values.READ_ACCESS,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
    exports: {
      dir: values.EXPORTS_DIR ? path.resolve(cwd, values.EXPORTS_DIR) : path.join(dataDir, 'exports'),
      runWorker: values.RUN_WORKER,
      timeoutSeconds: values.EXPORT_TIMEOUT_SECONDS,
      retryLimit: values.EXPORT_RETRY_LIMIT,
      retryDelaySeconds: values.EXPORT_RETRY_DELAY_SECONDS,
    },
  };
}

/**
 * For entry points (the server, the worker, the CLIs): the configuration, or the ConfigError's one
 * line on stderr and exit code 2 — a typo in the environment is not a crash with a stack trace.
 */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
