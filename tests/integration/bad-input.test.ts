import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  app = await startTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('bad input is refused with BAD_USER_INPUT naming the argument', () => {
  it.each([
    [
      'an unknown region',
      '{ summits(where: { region: "atlantis" }) { totalCount } }',
      'where.region',
      'no region has the slug',
    ],
    [
      'a malformed actor code',
      '{ summits(where: { actor: "RUSSIA" }) { totalCount } }',
      'where.actor',
      'three-letter code',
    ],
    [
      'an unknown actor code',
      '{ summits(where: { convener: "ZZZ" }) { totalCount } }',
      'where.convener',
      'no actor has the code "ZZZ"',
    ],
    [
      'a reversed date range',
      '{ events(where: { from: "2025-01-01", to: "2024-01-01" }) { totalCount } }',
      'where.from',
      'must not be after',
    ],
    [
      'actorStatus without actor',
      '{ summits(where: { actorStatus: ABSENT }) { totalCount } }',
      'where.actorStatus',
      'needs `actor`',
    ],
    [
      'a year out of range',
      '{ armsTransfers(where: { fromYear: 1800 }) { totalCount } }',
      'where.fromYear',
      'between 1900 and 2100',
    ],
    [
      'a reversed year range',
      '{ armsTransfers(where: { fromYear: 2024, toYear: 2020 }) { totalCount } }',
      'where.fromYear',
      'must not be after',
    ],
    [
      'a bad code in a list',
      '{ facilities(where: { operator: ["USA", "r1"] }) { totalCount } }',
      'where.operator[1]',
      'three-letter code',
    ],
    [
      'an unknown supplier',
      '{ armsTransfers(where: { supplier: ["QQQ"] }) { totalCount } }',
      'where.supplier[0]',
      'no actor has the code',
    ],
    ['a malformed actor(code)', '{ actor(code: "R") { name } }', 'code', 'three-letter code'],
    [
      'an unknown region member',
      '{ regions(where: { member: "12" }) { totalCount } }',
      'where.member',
      'three-letter code',
    ],
  ])('%s', async (_case, query, field, message) => {
    const response = await app.graphql(query);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors![0]!.message).toContain(message);
  });

  it.each([
    [
      'an impossible calendar date',
      'query ($d: Date) { events(where: { from: $d }) { totalCount } }',
      { d: '2025-02-30' },
      'd',
    ],
    [
      'a date in the wrong format',
      'query ($d: Date) { facilities(asOf: $d) { totalCount } }',
      { d: '01/06/2025' },
      'd',
    ],
    [
      'an unknown enum value',
      'query ($s: [SummitStatus!]) { summits(where: { status: $s }) { totalCount } }',
      { s: ['POSTPONE'] },
      's',
    ],
    ['a string for an Int', 'query ($n: Int) { events(first: $n) { totalCount } }', { n: 'ten' }, 'n'],
  ])('%s in a variable', async (_case, query, variables, variable) => {
    const response = await app.graphql(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: variable });
    expect(response.errors![0]!.message).toContain(`$${variable}`);
  });

  it('a wrong literal in the document fails validation with its position', async () => {
    const response = await app.graphql('{ facilities(asOf: "2025-13-01") { totalCount } }');
    expect(response.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toContain('Date must be a calendar date');
  });

  it('an unknown record is null, not an error', async () => {
    const response = await app.graphql(
      '{ summit(id: "no-such-summit") { name } region(slug: "nowhere") { name } actor(code: "ZZZ") { name } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ summit: null, region: null, actor: null });
  });
});
