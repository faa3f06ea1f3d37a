import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Page {
  events: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    nodes: { id: string }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

const pageQuery = `query ($first: Int, $after: String) {
  events(first: $first, after: $after, orderBy: { field: DATE, direction: ASC }) {
    totalCount
    edges { cursor node { id } }
    nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const fetchPage = async (first: number | null, after: string | null = null) =>
  dataOf(await app.graphql<Page>(pageQuery, { first, after })).events;

describe('Relay pagination', () => {
  it('walks every item exactly once, page by page, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page['events'] = await fetchPage(7, after);
      expect(page.nodes.map((node) => node.id)).toEqual(page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.nodes.map((node) => node.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = (await fetchPage(0)).totalCount;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
  });

  it('first: 0 returns no items but the total and no cursors', async () => {
    const page = await fetchPage(0);
    expect(page.nodes).toEqual([]);
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('defaults to 20 items and accepts up to 100', async () => {
    expect((await fetchPage(null)).nodes).toHaveLength(20);
    const all = await fetchPage(100);
    expect(all.nodes.length).toBe(Math.min(100, all.totalCount));
  });

  it('the last page reports no next page, and a cursor past the end gives an empty page', async () => {
    const all = await fetchPage(100);
    const lastCursor = all.edges.at(-1)!.cursor;
    const beyond = await fetchPage(10, lastCursor);
    expect(beyond.nodes).toEqual([]);
    expect(beyond.pageInfo.hasNextPage).toBe(false);
    expect(beyond.pageInfo.hasPreviousPage).toBe(true);
  });

  it('the cursor of any edge continues right after that edge', async () => {
    const all = await fetchPage(100);
    const next = await fetchPage(3, all.edges[9]!.cursor);
    expect(next.nodes.map((node) => node.id)).toEqual(all.nodes.slice(10, 13).map((node) => node.id));
  });

  it.each([101, -1])('first: %i is refused with BAD_USER_INPUT naming `first`', async (first) => {
    const response = await app.graphql(pageQuery, { first });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(response.errors?.[0]?.message).toContain('between 0 and 100');
  });

  it('a cursor that this API did not issue is refused naming `after`', async () => {
    const response = await app.graphql(pageQuery, { first: 5, after: 'not-a-cursor' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
