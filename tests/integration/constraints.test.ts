import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertActors, insertFacility, insertSource } from '../fixtures/factories.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The database itself refuses impossible records, whatever code writes them.
let database: TestDatabase;
let facilityId: number;

beforeAll(async () => {
  database = await createTestDatabase('migrated');
  await insertActors(database.db, ['AAA', 'BBB'], ['AAA']);
  const sourceId = await insertSource(database.db, 'constraint-source');
  facilityId = await insertFacility(database.db, {
    key: 'constraint-base',
    host: 'BBB',
    operator: 'AAA',
    statuses: [{ status: 'active', validFrom: '2020-01-01', validTo: '2024-01-01' }],
    sourceId,
  });
});
afterAll(async () => {
  await database?.drop();
});

const rejects = (sql: string, constraint: string) =>
  expect(database.pool.query(sql)).rejects.toMatchObject({ constraint });

describe('database constraints', () => {
  it('overlapping status periods of one facility', async () => {
    await rejects(
      `INSERT INTO facility_statuses (facility_id, status, valid_from, valid_to, confidence) VALUES (${facilityId}, 'contested', '2023-06-01', NULL, 'high')`,
      'facility_statuses_no_overlap',
    );
    // Touching periods are fine: [2020, 2024) then [2024, …).
    await database.pool.query(
      `INSERT INTO facility_statuses (facility_id, status, valid_from, valid_to, confidence) VALUES (${facilityId}, 'contested', '2024-01-01', NULL, 'high')`,
    );
  });

  it('a period that ends before it starts', () =>
    rejects(
      `INSERT INTO facility_statuses (facility_id, status, valid_from, valid_to, confidence) VALUES (${facilityId}, 'lost', '2030-01-01', '2029-01-01', 'high')`,
      'facility_statuses_valid_range',
    ));

  it('latitude out of range', () =>
    rejects(
      `INSERT INTO facilities (key, name, host_code, operator_code, kind, latitude, longitude, description, confidence)
       VALUES ('bad-lat', 'x', 'BBB', 'AAA', 'air', 91, 0, 'x', 'high')`,
      'facilities_latitude_range',
    ));

  it('negative quantities and values', async () => {
    const insert = (column: string) =>
      `INSERT INTO arms_transfers (key, supplier_code, recipient_code, category, designation, description, status, confidence, ${column})
       VALUES ('neg-${column.replaceAll('_', '-')}', 'AAA', 'BBB', 'aircraft', 'x', 'x', 'ordered', 'high', -1)`;
    await rejects(insert('quantity'), 'arms_transfers_quantity_non_negative');
    await rejects(insert('tiv_millions'), 'arms_transfers_tiv_non_negative');
    await rejects(insert('deal_value_usd_millions'), 'arms_transfers_deal_value_non_negative');
  });

  it('unknown enum values, unknown actors and bad codes', async () => {
    await expect(
      database.pool.query(
        `INSERT INTO summits (key, name, start_date, end_date, status, description, confidence) VALUES ('s', 'x', '2020-01-01', '2020-01-01', 'maybe', 'x', 'high')`,
      ),
    ).rejects.toThrow(/invalid input value for enum summit_status/);
    await rejects(
      `INSERT INTO summits (key, name, host_code, start_date, end_date, status, description, confidence) VALUES ('s2', 'x', 'ZZZ', '2020-01-01', '2020-01-01', 'held', 'x', 'high')`,
      'summits_host_code_actors_code_fk',
    );
    await rejects(
      `INSERT INTO actors (code, name, kind) VALUES ('abcd', 'x', 'state')`,
      'actors_code_format',
    );
  });

  it('a summit ending before it starts, and a level for an absent delegation', async () => {
    await rejects(
      `INSERT INTO summits (key, name, start_date, end_date, status, description, confidence) VALUES ('s3', 'x', '2020-01-02', '2020-01-01', 'held', 'x', 'high')`,
      'summits_date_range',
    );
    const { rows } = await database.pool.query(
      `INSERT INTO summits (key, name, start_date, end_date, status, description, confidence) VALUES ('s4', 'x', '2020-01-01', '2020-01-01', 'held', 'x', 'high') RETURNING id`,
    );
    await rejects(
      `INSERT INTO summit_participants (summit_id, actor_code, status, level, confidence) VALUES (${rows[0].id}, 'BBB', 'absent', 'minister', 'high')`,
      'summit_participants_level_only_when_attended',
    );
  });

  it('a citation of a source that does not exist', () =>
    rejects(
      `INSERT INTO facility_sources (facility_id, source_id) VALUES (${facilityId}, 999999)`,
      'facility_sources_source_id_sources_id_fk',
    ));
});
