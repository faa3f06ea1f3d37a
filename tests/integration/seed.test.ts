import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curatedDataset } from '../../server/src/seed/dataset.js';
import { DatasetInvalidError, seedDatabase } from '../../server/src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('migrated');
});
afterAll(async () => {
  await database?.drop();
});

const tables = [
  'actors',
  'powers',
  'regions',
  'region_members',
  'sources',
  'summits',
  'summit_conveners',
  'summit_regions',
  'summit_participants',
  'summit_sources',
  'summit_participant_sources',
  'facilities',
  'facility_statuses',
  'facility_sources',
  'facility_status_sources',
  'arms_transfers',
  'arms_transfer_sources',
  'events',
  'event_actors',
  'event_regions',
  'event_sources',
];

async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

describe('seeding the curated dataset', () => {
  it('loads every record once, and a second run changes nothing', async () => {
    const first = await seedDatabase(database.db, curatedDataset);
    expect(first.inserted.summits).toBe(curatedDataset.summits.length);
    expect(first.inserted.facilities).toBe(curatedDataset.facilities.length);
    expect(first.inserted.armsTransfers).toBe(curatedDataset.armsTransfers.length);
    expect(first.inserted.events).toBe(curatedDataset.events.length);
    const afterFirst = await snapshot();
    const { rows: stamps } = await database.pool.query('SELECT key, updated_at FROM summits ORDER BY key');

    const second = await seedDatabase(database.db, curatedDataset);
    expect(Object.values(second.inserted).every((count) => count === 0)).toBe(true);
    expect(await snapshot()).toEqual(afterFirst);
    expect((await database.pool.query('SELECT key, updated_at FROM summits ORDER BY key')).rows).toEqual(
      stamps,
    );
  });

  it('never overwrites a record an editor has changed', async () => {
    await database.pool.query(
      `UPDATE summits SET description = 'Edited by hand' WHERE key = 'sharm-el-sheikh-peace-summit-2025'`,
    );
    await seedDatabase(database.db, curatedDataset);
    const { rows } = await database.pool.query(
      `SELECT description FROM summits WHERE key = 'sharm-el-sheikh-peace-summit-2025'`,
    );
    expect(rows[0].description).toBe('Edited by hand');
  });

  it('refuses an invalid dataset whole, listing every problem, and writes nothing', async () => {
    const before = await snapshot();
    const broken = {
      ...curatedDataset,
      summits: [
        { ...curatedDataset.summits[0]!, key: 'broken-summit', host: 'ZZZ', sources: ['no-such-source'] },
      ],
    };
    const attempt = seedDatabase(database.db, broken);
    await expect(attempt).rejects.toBeInstanceOf(DatasetInvalidError);
    await expect(attempt).rejects.toThrow(/unknown actor ZZZ[\s\S]*cites unknown source no-such-source/);
    expect(await snapshot()).toEqual(before);
  });
});
