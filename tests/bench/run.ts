import '../../server/src/production-env.js';
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import pg from 'pg';
import { createLogger } from '../../server/src/config/logger.js';
import { connectDatabase, type DatabaseHandle } from '../../server/src/db/client.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrateDatabase } from '../../server/src/db/migrate.js';
import { createApolloServer } from '../../server/src/graphql/apollo.js';
import { createSchema } from '../../server/src/graphql/schema.js';
import { createApp } from '../../server/src/http/app.js';
import { recomputeStandings } from '../../server/src/modules/standings/standings.service.js';
import { curatedDataset } from '../../server/src/seed/dataset.js';
import { seedDatabase } from '../../server/src/seed/seed.js';
import { benchmarkExports } from './exports.js';
import { generateLargeDataset, largeDatasetSize } from './large-dataset.js';

/**
 * `npm run bench`: the standing index's speed on the demo data and on a generated dataset of
 * 1,000,000 arms transfers, 200,000 summit participations and 20,000 facilities.
 * Figures are medians and percentiles; the load, Node and Postgres share this machine's cores.
 */

const results: { measure: string; value: string; target: string }[] = [];
const record = (measure: string, value: string, target = '') => {
  results.push({ measure, value, target });
  console.log(`  ${measure}: ${value}`);
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function adminConnection(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) return { url, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve('.data/bench'),
    port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54350),
    database: 'clout_bench_admin',
  });
  return { url: embedded.url, stop: embedded.stop };
}

async function freshDatabase(adminUrl: string, name: string): Promise<DatabaseHandle & { url: string }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const handle = connectDatabase({ url: parsed.toString(), statementTimeoutMs: 0 });
  await migrateDatabase(handle.db);
  await seedDatabase(handle.db, curatedDataset);
  return { ...handle, url: parsed.toString() };
}

async function serve(handle: DatabaseHandle) {
  const apollo = createApolloServer(await createSchema());
  await apollo.start();
  const server = http.createServer(
    createApp({
      db: handle.db,
      pool: handle.pool,
      apollo,
      log: createLogger('silent'),
      webDir: '/nonexistent',
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

const standingsQuery = `query ($weights: WeightsInput) {
  standings(region: "mena", powers: ["RUS", "USA", "CHN", "TUR"], from: "2015-01-01", to: "2025-12-31", granularity: QUARTER, weights: $weights) {
    power { code colour }
    points { period periodLabel composite rank change subIndices { family value weight } coverage { label } }
  }
}`;

/** `variables` may vary per request (a function of its index) to defeat the series cache. */
async function measureQuery(
  url: string,
  variables: Record<string, unknown> | ((index: number) => Record<string, unknown>),
  requests: number,
): Promise<number[]> {
  let sent = 0;
  const send = async () => {
    const body = typeof variables === 'function' ? variables(sent) : variables;
    sent++;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: standingsQuery, variables: body }),
    });
    const answer = (await response.json()) as {
      data?: { standings: { points: unknown[] }[] };
      errors?: unknown;
    };
    if (
      !answer.data ||
      answer.data.standings.length !== 4 ||
      answer.data.standings[0]!.points.length !== 44
    ) {
      throw new Error(`unexpected standings answer: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  };
  for (let warmup = 0; warmup < 20; warmup++) await send();
  const durations: number[] = [];
  for (let index = 0; index < requests; index++) durations.push((await time(send))[1]);
  return durations;
}

async function measureIntrospection(url: string, requests: number): Promise<number[]> {
  const query = getIntrospectionQuery();
  const send = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const answer = (await response.json()) as { data?: { __schema: { types: unknown[] } } };
    if (!answer.data?.__schema.types.length) throw new Error('introspection returned no types');
  };
  for (let warmup = 0; warmup < 10; warmup++) await send();
  const durations: number[] = [];
  for (let index = 0; index < requests; index++) durations.push((await time(send))[1]);
  return durations;
}

async function main() {
  console.log(
    `Clout benchmarks — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
  );
  console.log('Load generator, Node and PostgreSQL share these cores; compare ratios within one run.\n');
  const admin = await adminConnection();
  try {
    console.log('Demo dataset');
    const demo = await freshDatabase(admin.url, 'clout_bench_demo');
    const demoRuns: number[] = [];
    for (let run = 0; run < 7; run++)
      demoRuns.push((await time(() => recomputeStandings(demo, { onlyIfStale: false })))[1]);
    record('demo: full standings recompute (median of 7)', ms(median(demoRuns)), '< 1,000 ms');
    const demoServer = await serve(demo);
    const demoQuery = await measureQuery(demoServer.url, {}, 200);
    record(
      'demo: standings 4 powers × 44 quarters, p50 / p95',
      `${ms(median(demoQuery))} / ${ms(percentile(demoQuery, 95))}`,
      'p50 < 10 ms',
    );
    // What the workbench sends when it opens, for completion, hover and the schema docs.
    const introspection = await measureIntrospection(demoServer.url, 100);
    record(
      'demo: workbench schema introspection, p50 / p95',
      `${ms(median(introspection))} / ${ms(percentile(introspection, 95))}`,
    );
    await demoServer.close();
    await demo.close();

    if (process.argv.includes('--demo-only')) return;
    console.log('\nLarge generated dataset');
    const large = await freshDatabase(admin.url, 'clout_bench_large');
    const [, generateMs] = await time(() => generateLargeDataset(large.pool, largeDatasetSize));
    const counts = (
      await large.pool.query(`SELECT (SELECT count(*) FROM arms_transfers) AS transfers,
        (SELECT count(*) FROM summit_participants) AS participations, (SELECT count(*) FROM facilities) AS facilities`)
    ).rows[0];
    record(
      'large: rows (transfers / participations / facilities)',
      `${counts.transfers} / ${counts.participations} / ${counts.facilities}`,
    );
    record('large: generate with COPY', ms(generateMs));
    const largeRuns: number[] = [];
    for (let run = 0; run < 3; run++)
      largeRuns.push((await time(() => recomputeStandings(large, { onlyIfStale: false })))[1]);
    record('large: full standings recompute (median of 3)', ms(median(largeRuns)), '< 60,000 ms');
    const largeServer = await serve(large);
    const largeQuery = await measureQuery(largeServer.url, {}, 300);
    record(
      'large: standings 4 powers × 44 quarters, p50 / p95 / p99',
      `${ms(median(largeQuery))} / ${ms(percentile(largeQuery, 95))} / ${ms(percentile(largeQuery, 99))}`,
      'p50 < 10 ms',
    );
    // Different weights each time: every request misses the cache, reads the stored scores and re-weighs them.
    const uncached = await measureQuery(
      largeServer.url,
      (index) => ({ weights: { summits: 1 + index / 1000, bases: 1, arms: 2 } }),
      300,
    );
    record(
      'large: same, custom weights, never cached, p50 / p95',
      `${ms(median(uncached))} / ${ms(percentile(uncached, 95))}`,
    );
    await largeServer.close();
    await large.close();
    await benchmarkExports(large.url, record);
  } finally {
    await admin.stop();
    printTable();
  }
}

function printTable() {
  console.log('\n| measure | value | target |\n| --- | --- | --- |');
  for (const row of results) console.log(`| ${row.measure} | ${row.value} | ${row.target} |`);
}

await main();
