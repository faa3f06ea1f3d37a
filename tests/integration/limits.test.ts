import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQueryLimits } from '../../server/src/graphql/limits.js';
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

const expectTooComplex = async (query: string, limit: string) => {
  const response = await app.graphql(query);
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  return response.errors![0]!;
};

describe('query limits', () => {
  it('depth', async () => {
    // 9 levels: summits › edges › node › participants › actor › regions › members › regions › slug
    const error = await expectTooComplex(
      '{ summits(first: 1) { edges { node { participants { actor { regions { members { regions { slug } } } } } } } } }',
      'depth',
    );
    expect(error.message).toBe(`Query is 9 levels deep; the limit is ${defaultQueryLimits.maxDepth}.`);
  });

  it('a query at the depth limit runs', async () => {
    const response = await app.graphql(
      '{ summits(first: 1) { edges { node { participants { actor { regions { members { code } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });

  it('aliases', async () => {
    const fields = Array.from(
      { length: defaultQueryLimits.maxAliases + 1 },
      (_, index) => `a${index}: powers { code }`,
    ).join(' ');
    await expectTooComplex(`{ ${fields} }`, 'aliases');
  });

  it('aliases hidden in a repeated fragment count each time', async () => {
    const aliases = Array.from({ length: 8 }, (_, index) => `c${index}: code`).join(' ');
    await expectTooComplex(
      `fragment F on Power { ${aliases} } { a: powers { ...F } b: powers { ...F } }`,
      'aliases',
    );
  });

  it('tokens', async () => {
    const fields = Array.from({ length: defaultQueryLimits.maxTokens }, () => 'code').join(' ');
    await expectTooComplex(`{ powers { ${fields} } }`, 'tokens');
  });

  it('cost, which grows with `first`', async () => {
    const query = (first: number) =>
      `{ summits(first: ${first}) { nodes { participants { sources { url publisher title } } } } }`;
    await expectTooComplex(query(100), 'cost');
    expect((await app.graphql(query(5))).errors).toBeUndefined();
  });

  it('introspection (editors fetch the schema) is not held to depth or cost', async () => {
    const response = await app.graphql(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });

  it('introspection stays on in production, where Apollo would turn it off', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let production: TestApp;
    try {
      production = await startTestApp(database);
    } finally {
      process.env.NODE_ENV = previous;
    }
    try {
      const response = await production.graphql<{ __schema: { queryType: { name: string } } }>(
        '{ __schema { queryType { name } } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.__schema.queryType.name).toBe('Query');
    } finally {
      await production.close();
    }
  });

  it('request body size', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ powers { code } }`, padding: 'x'.repeat(200 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('HTTP batching is off', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ powers { code } }' }, { query: '{ powers { name } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('batch');
  });

  it('CSRF prevention refuses a simple cross-site GET', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ powers { code } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
    const allowed = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ powers { code } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('Postgres runs every statement under a statement_timeout', async () => {
    const { rows } = await database.pool.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(rows[0]!.statement_timeout).toBe('10s');
  });
});
