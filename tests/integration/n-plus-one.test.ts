import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertActors,
  insertArmsTransfer,
  insertEvent,
  insertFacility,
  insertRegion,
  insertSource,
  insertSummit,
} from '../fixtures/factories.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Statements per request must not grow with the number of rows: relations load through DataLoaders.
let database: TestDatabase;
let app: TestApp;
const ROWS = 60;

beforeAll(async () => {
  database = await createTestDatabase('migrated');
  const { db } = database;
  await insertActors(db, ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'], ['AAA', 'BBB']);
  await insertRegion(db, 'fixture', ['CCC', 'DDD', 'EEE']);
  for (let index = 0; index < ROWS; index++) {
    const sourceId = await insertSource(db, `source-${index}`);
    const year = 2015 + (index % 10);
    await insertSummit(db, {
      key: `summit-${index}`,
      startDate: `${year}-06-01`,
      conveners: ['AAA'],
      regions: ['fixture'],
      participants: [
        { actor: 'BBB', status: 'attended', level: 'minister' },
        { actor: 'CCC', status: 'absent' },
      ],
      sourceId,
    });
    await insertFacility(db, {
      key: `facility-${index}`,
      host: 'CCC',
      operator: 'AAA',
      statuses: [
        { status: 'active', validFrom: '2015-01-01', validTo: '2024-12-08' },
        { status: 'contested', validFrom: '2024-12-08', validTo: null },
      ],
      sourceId,
    });
    await insertArmsTransfer(db, {
      key: `transfer-${index}`,
      supplier: 'BBB',
      recipient: 'DDD',
      deliveryYears: [year],
      sourceId,
    });
    await insertEvent(db, `event-${index}`, `${year}-03-01`, ['AAA', 'CCC'], ['fixture'], sourceId);
  }
  app = await startTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function statementsFor(query: string, first: number): Promise<number> {
  database.statements.length = 0;
  const response = await app.graphql(query, { first });
  const data = dataOf(response) as Record<string, { nodes: unknown[] }>;
  expect(Object.values(data)[0]!.nodes).toHaveLength(first);
  return database.statements.length;
}

describe('no N+1 queries', () => {
  it.each([
    [
      'summits with hosts, conveners, regions, participants and all sources',
      `query ($first: Int) { summits(first: $first, where: { region: "fixture" }) { totalCount nodes {
        host { name regions { slug } } conveners { code } regions { name members { code } }
        participants { actor { name } status sources { url } } sources { url } } } }`,
    ],
    [
      'facilities with host, operator, timeline and sources',
      `query ($first: Int) { facilities(first: $first, asOf: "2025-01-01") { nodes {
        status host { name } operator { name colour } timeline { status sources { title } } sources { url } } } }`,
    ],
    [
      'arms transfers with supplier, recipient and sources',
      `query ($first: Int) { armsTransfers(first: $first) { nodes { supplier { name } recipient { name regions { slug } } sources { url } } } }`,
    ],
    [
      'events with actors, regions and sources',
      `query ($first: Int) { events(first: $first) { nodes { actors { name } regions { slug } sources { publisher } } } }`,
    ],
  ])('%s: as many statements for 50 rows as for 5', async (_name, query) => {
    const forFive = await statementsFor(query, 5);
    const forFifty = await statementsFor(query, 50);
    expect(forFive).toBeGreaterThan(1);
    expect(forFifty).toBe(forFive);
  });
});
