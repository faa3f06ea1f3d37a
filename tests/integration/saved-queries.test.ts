import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedQueryDocument } from '../fixtures/export-fixtures.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
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

const fields = 'id name description document variables author version createdAt updatedAt';
const save = `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { ${fields} } }`;

interface Saved {
  id: string;
  name: string;
  description: string;
  document: string;
  variables: Record<string, unknown>;
  author: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

async function create(name: string, extra: Record<string, unknown> = {}): Promise<Saved> {
  const input = { name, document: savedQueryDocument, variables: { region: 'mena' }, ...extra };
  return dataOf(await app.graphql<{ saveQuery: Saved }>(save, { input })).saveQuery;
}

async function errorOf(query: string, variables: Record<string, unknown>) {
  const response = await app.graphql(query, variables);
  expect(response.errors, JSON.stringify(response)).toBeDefined();
  return response.errors![0]!;
}

describe('saving queries', () => {
  it('creates a query with its variables; author is null until tokens exist', async () => {
    const saved = await create('MENA summits', { description: ' Summits concerning MENA ' });
    expect(saved).toMatchObject({
      name: 'MENA summits',
      description: 'Summits concerning MENA',
      document: savedQueryDocument,
      variables: { region: 'mena' },
      author: null,
      version: 1,
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    const { savedQuery } = dataOf(
      await app.graphql<{ savedQuery: Saved }>(`query ($id: ID!) { savedQuery(id: $id) { ${fields} } }`, {
        id: saved.id,
      }),
    );
    expect(savedQuery).toEqual(saved);
  });

  it.each([
    ['{ summits { nodes { id } ', 'input.document', /Syntax Error.*\(line 1, column \d+\)/],
    ['{ summits { nodes { nope } } }', 'input.document', /Cannot query field "nope".*\(line 1, column 21\)/],
    [
      'mutation { saveQuery(input: {name: "x", document: "{ summits(first: 0) { totalCount } }"}) { id } }',
      'input.document',
      /must be a query, not a mutation/,
    ],
    [
      'query A { summits(first: 0) { totalCount } } query B { sources(first: 0) { totalCount } }',
      'input.document',
      /exactly one operation, found 2/,
    ],
  ])('refuses an invalid document %j with its position', async (document, field, message) => {
    const error = await errorOf(save, { input: { name: 'Bad', document } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
  });

  it('reports line and column of a validation error in a multi-line document', async () => {
    const error = await errorOf(save, {
      input: { name: 'Bad', document: '{\n  actors {\n    nodes { bogus }\n  }\n}' },
    });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.document',
      line: 3,
      column: 13,
    });
  });

  it.each([
    [{ name: '' }, 'input.name'],
    [{ name: 'x'.repeat(201) }, 'input.name'],
    [{ document: `{ summits(first: 0) { totalCount } }${' '.repeat(20_000)}` }, 'input.document'],
    [{ variables: {} }, 'input.variables'],
    [{ variables: { region: 42 } }, 'input.variables'],
  ])('refuses bad fields %#', async (override, field) => {
    const input = { name: 'Fine', document: savedQueryDocument, variables: { region: 'mena' }, ...override };
    const error = await errorOf(save, { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses variables that are not a JSON object', async () => {
    const error = await errorOf(save, {
      input: { name: 'x', document: '{ summits(first: 0) { totalCount } }', variables: [1, 2] },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error.message).toMatch(/JSONObject/);
  });
});

describe('updating without losing anyone’s work', () => {
  it('updates with the expected version and refuses a stale one with CONFLICT, changing nothing', async () => {
    const saved = await create('To edit');
    const updated = dataOf(
      await app.graphql<{ saveQuery: Saved }>(save, {
        input: {
          id: saved.id,
          expectedVersion: 1,
          name: 'Edited',
          document: saved.document,
          variables: saved.variables,
        },
      }),
    ).saveQuery;
    expect(updated).toMatchObject({ id: saved.id, name: 'Edited', version: 2 });
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(saved.updatedAt).getTime());

    const stale = await errorOf(save, {
      input: {
        id: saved.id,
        expectedVersion: 1,
        name: 'Lost edit',
        document: saved.document,
        variables: saved.variables,
      },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const { savedQuery } = dataOf(
      await app.graphql<{ savedQuery: Saved }>(`query ($id: ID!) { savedQuery(id: $id) { name version } }`, {
        id: saved.id,
      }),
    );
    expect(savedQuery).toMatchObject({ name: 'Edited', version: 2 });
  });

  it('needs expectedVersion to update, and an existing id', async () => {
    const saved = await create('Needs version');
    expect(
      (
        await errorOf(save, {
          input: { id: saved.id, name: 'x', document: saved.document, variables: saved.variables },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' });
    expect(
      (
        await errorOf(save, {
          input: {
            id: '00000000-0000-4000-8000-000000000000',
            expectedVersion: 1,
            name: 'x',
            document: saved.document,
            variables: saved.variables,
          },
        })
      ).extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes only with the current version', async () => {
    const saved = await create('To delete');
    const remove = `mutation ($id: ID!, $v: Int) { deleteSavedQuery(id: $id, expectedVersion: $v) }`;
    expect((await errorOf(remove, { id: saved.id, v: 7 })).extensions).toMatchObject({ code: 'CONFLICT' });
    expect(dataOf(await app.graphql(remove, { id: saved.id, v: 1 }))).toEqual({ deleteSavedQuery: true });
    expect(
      dataOf(await app.graphql(`query ($id: ID!) { savedQuery(id: $id) { id } }`, { id: saved.id })),
    ).toEqual({ savedQuery: null });
    expect((await errorOf(remove, { id: saved.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a query an export schedule uses', async () => {
    const saved = await create('Exported');
    dataOf(
      await app.graphql(
        `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`,
        {
          input: {
            name: 'Weekly',
            target: 'SAVED_QUERY',
            savedQueryId: saved.id,
            cron: '0 6 * * 1',
            timeZone: 'Europe/Berlin',
            formats: ['CSV'],
          },
        },
      ),
    );
    const error = await errorOf(`mutation ($id: ID!) { deleteSavedQuery(id: $id) }`, { id: saved.id });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', schedules: ['Weekly'] });
  });
});

describe('listing', () => {
  it('searches, sorts and pages', async () => {
    for (const name of ['Zeta arms flows', 'Alpha bases', 'Mid summits']) await create(name);
    type Page = {
      savedQueries: {
        totalCount: number;
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const list = `query ($first: Int, $after: String, $where: SavedQueryWhere, $orderBy: SavedQueryOrder) {
      savedQueries(first: $first, after: $after, where: $where, orderBy: $orderBy) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const found = dataOf(await app.graphql<Page>(list, { where: { search: 'BASES' } })).savedQueries;
    expect(found.nodes.map((node) => node.name)).toEqual(['Alpha bases']);

    const first = dataOf(
      await app.graphql<Page>(list, { first: 2, orderBy: { field: 'NAME', direction: 'ASC' } }),
    ).savedQueries;
    expect(first.nodes.map((node) => node.name)).toEqual(['Alpha bases', 'Edited']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await app.graphql<Page>(list, {
        first: 2,
        after: first.pageInfo.endCursor,
        orderBy: { field: 'NAME', direction: 'ASC' },
      }),
    ).savedQueries;
    expect(second.nodes.map((node) => node.name)).not.toContain('Alpha bases');
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('returns null for unknown or malformed ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(dataOf(await app.graphql(`query ($id: ID!) { savedQuery(id: $id) { id } }`, { id }))).toEqual({
        savedQuery: null,
      });
    }
  });
});
