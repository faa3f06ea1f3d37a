import '../production-env.js';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { access, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfigOrExit } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { createSchema } from '../graphql/schema.js';
import {
  DATAPACKAGE_FILE,
  EXPORT_FORMATS,
  type ExportFormatName,
  type RunDefinition,
} from '../modules/exports/exports.model.js';
import { writeSnapshot } from '../modules/exports/snapshot/write-snapshot.js';
import { checkVariables, parseQueryDocument } from '../modules/queries/query-document.js';
import { ensureFreshStandings } from '../modules/standings/standings.service.js';
import { openCliDatabase } from '../jobs/open-database.js';

const usage = `Usage: npm run export -- (--query FILE.graphql [--variables VARS.json] | --full-dataset)
                       --format csv|json|ndjson [--format …] --out DIR

Writes one snapshot with the same writer as scheduled exports: the files, then datapackage.json
with their sizes and SHA-256. Existing files in DIR are never overwritten.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    query: { type: 'string' },
    variables: { type: 'string' },
    'full-dataset': { type: 'boolean', default: false },
    format: { type: 'string', multiple: true },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.out) fail('--out is required');
if (Boolean(values.query) === values['full-dataset']) fail('give either --query or --full-dataset');
const formats = [
  ...new Set((values.format ?? []).flatMap((format) => format.split(','))),
] as ExportFormatName[];
if (!formats.length) fail('--format is required');
for (const format of formats) if (!EXPORT_FORMATS.includes(format)) fail(`unknown format "${format}"`);

const config = loadConfigOrExit();
const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const schema = await createSchema();
let savedQuery: RunDefinition['savedQuery'] = null;
try {
  if (values.query) {
    const document = await readFile(values.query, 'utf8');
    const parsed = parseQueryDocument(schema, document, '--query');
    const variables = values.variables
      ? (JSON.parse(await readFile(values.variables, 'utf8')) as unknown)
      : {};
    checkVariables(schema, parsed, variables, '--variables');
    savedQuery = {
      id: 'cli',
      name: path.basename(values.query),
      version: 0,
      document,
      variables: variables as Record<string, unknown>,
    };
  }
} catch (error) {
  fail(error instanceof GraphQLError || error instanceof SyntaxError ? error.message : String(error));
}

const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
const database = await openCliDatabase(config, 0);
const started = performance.now();
const staging = await mkdtemp(path.join(out, '.clout-export-'));
try {
  await ensureFreshStandings(database);
  const client = await database.pool.connect();
  let result;
  try {
    result = await writeSnapshot({
      client,
      pool: database.pool,
      schema,
      definition: {
        scheduleName: savedQuery ? savedQuery.name : 'Full dataset',
        target: savedQuery ? 'saved_query' : 'full_dataset',
        cron: '',
        timeZone: '',
        formats,
        savedQuery,
      },
      dir: staging,
      run: { runId: randomUUID(), scheduleId: null, trigger: 'cli', scheduledFor: null },
      log,
    });
  } finally {
    client.release();
  }
  // Publish into DIR without replacing anything there; the manifest goes last.
  const names = result.files.map((file) => file.name);
  for (const name of names) {
    if (
      await access(path.join(out, name)).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`${path.join(out, name)} already exists; choose an empty --out folder`);
  }
  for (const name of [...names.filter((name) => name !== DATAPACKAGE_FILE), DATAPACKAGE_FILE])
    await rename(path.join(staging, name), path.join(out, name));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      out,
      files: result.files.map(({ name, bytes, rows, sha256 }) => ({ name, bytes, rows, sha256 })),
      rows: result.rows,
      bytes: result.bytes,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(result.rows / seconds),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await rm(staging, { recursive: true, force: true });
  await database.close();
}
