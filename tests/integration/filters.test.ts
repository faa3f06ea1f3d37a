import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Each filter is checked against the same rule applied in JavaScript to the unfiltered list.
let database: TestDatabase;
let app: TestApp;
let regionMembers: Map<string, Set<string>>;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  app = await startTestApp(database);
  const { regions } = dataOf(
    await app.graphql<{ regions: { nodes: { slug: string; members: { code: string }[] }[] } }>(
      `{ regions(first: 10) { nodes { slug members { code } } } }`,
    ),
  );
  regionMembers = new Map(
    regions.nodes.map((region) => [region.slug, new Set(region.members.map((member) => member.code))]),
  );
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

/** Every node of a list query, following cursors. */
async function all<T>(field: string, selection: string, args = ''): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `query ($after: String) { ${field}(first: 100, after: $after ${args}) {
      nodes { ${selection} } pageInfo { hasNextPage endCursor } totalCount } }`;
    const page: { nodes: T[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } =
      dataOf(
        await app.graphql<
          Record<
            string,
            { nodes: T[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } }
          >
        >(query, { after }),
      )[field]!;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(page.totalCount);
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

function expectSameSelection<T extends { id: string }>(
  filtered: T[],
  everything: T[],
  rule: (item: T) => boolean,
) {
  const expected = everything.filter(rule);
  expect(expected.length, 'the filter should select something in the demo data').toBeGreaterThan(0);
  expect(expected.length, 'the filter should leave something out').toBeLessThan(everything.length);
  expect(ids(filtered)).toEqual(ids(expected));
}

describe('summits filters', () => {
  interface S {
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    status: string;
    host: { code: string } | null;
    conveners: { code: string }[];
    regions: { slug: string }[];
    participants: { actor: { code: string }; status: string }[];
  }
  const fields =
    'id name startDate endDate status host { code } conveners { code } regions { slug } participants { actor { code } status }';
  let everything: S[];
  beforeAll(async () => {
    everything = await all<S>('summits', fields);
  });
  const filtered = (where: string, order = '') => all<S>('summits', fields, `, where: ${where} ${order}`);

  it('region', async () => {
    expectSameSelection(await filtered('{ region: "central-asia" }'), everything, (s) =>
      s.regions.some((r) => r.slug === 'central-asia'),
    );
  });
  it('actor and actorStatus', async () => {
    expectSameSelection(await filtered('{ actor: "CHN" }'), everything, (s) =>
      s.participants.some((p) => p.actor.code === 'CHN'),
    );
    expectSameSelection(await filtered('{ actor: "RUS", actorStatus: ABSENT }'), everything, (s) =>
      s.participants.some((p) => p.actor.code === 'RUS' && p.status === 'ABSENT'),
    );
  });
  it('convener and host', async () => {
    expectSameSelection(await filtered('{ convener: "RUS" }'), everything, (s) =>
      s.conveners.some((c) => c.code === 'RUS'),
    );
    expectSameSelection(await filtered('{ host: "SAU" }'), everything, (s) => s.host?.code === 'SAU');
  });
  it('status', async () => {
    expectSameSelection(await filtered('{ status: [POSTPONED, CANCELLED] }'), everything, (s) =>
      ['POSTPONED', 'CANCELLED'].includes(s.status),
    );
  });
  it('date range (overlapping the range)', async () => {
    expectSameSelection(
      await filtered('{ from: "2023-01-01", to: "2023-12-31" }'),
      everything,
      (s) => s.endDate >= '2023-01-01' && s.startDate <= '2023-12-31',
    );
  });
  it('orderBy name ascending and start date descending', async () => {
    const byName = await filtered('{}', ', orderBy: { field: NAME, direction: ASC }');
    expect(byName.map((s) => s.name)).toEqual(
      [...byName.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const byDate = await filtered('{}', ', orderBy: { field: START_DATE, direction: DESC }');
    expect(byDate.map((s) => s.startDate)).toEqual([...byDate.map((s) => s.startDate)].sort().reverse());
  });
});

describe('facilities filters', () => {
  interface F {
    id: string;
    kind: string;
    status: string | null;
    host: { code: string };
    operator: { code: string };
    timeline: { status: string; validFrom: string; validTo: string | null }[];
  }
  const fields = 'id kind status host { code } operator { code } timeline { status validFrom validTo }';
  const asOf = '2025-06-01';
  let everything: F[];
  beforeAll(async () => {
    everything = await all<F>('facilities', fields, `, asOf: "${asOf}"`);
  });
  const filtered = (where: string) => all<F>('facilities', fields, `, asOf: "${asOf}", where: ${where}`);

  it('status on asOf agrees with the timeline', () => {
    for (const facility of everything) {
      const period = facility.timeline.find(
        (p) => p.validFrom <= asOf && (p.validTo === null || p.validTo > asOf),
      );
      expect(facility.status, facility.id).toBe(period?.status ?? null);
    }
  });
  it('region (host is a member)', async () => {
    expectSameSelection(await filtered('{ region: "horn-sahel" }'), everything, (f) =>
      regionMembers.get('horn-sahel')!.has(f.host.code),
    );
  });
  it('operator, host and kind', async () => {
    expectSameSelection(await filtered('{ operator: ["USA", "TUR"] }'), everything, (f) =>
      ['USA', 'TUR'].includes(f.operator.code),
    );
    expectSameSelection(await filtered('{ host: "SYR" }'), everything, (f) => f.host.code === 'SYR');
    expectSameSelection(await filtered('{ kind: [NAVAL] }'), everything, (f) => f.kind === 'NAVAL');
  });
  it('status on asOf', async () => {
    expectSameSelection(await filtered('{ status: [ACTIVE] }'), everything, (f) => f.status === 'ACTIVE');
  });
});

describe('arms transfer filters', () => {
  interface A {
    id: string;
    category: string;
    status: string;
    orderYear: number | null;
    deliveryYears: number[];
    supplier: { code: string };
    recipient: { code: string };
  }
  const fields = 'id category status orderYear deliveryYears supplier { code } recipient { code }';
  let everything: A[];
  beforeAll(async () => {
    everything = await all<A>('armsTransfers', fields);
  });
  const filtered = (where: string) => all<A>('armsTransfers', fields, `, where: ${where}`);

  it('region (recipient is a member)', async () => {
    expectSameSelection(await filtered('{ region: "south-caucasus" }'), everything, (a) =>
      regionMembers.get('south-caucasus')!.has(a.recipient.code),
    );
  });
  it('supplier, recipient, category and status', async () => {
    expectSameSelection(
      await filtered('{ supplier: ["TUR"] }'),
      everything,
      (a) => a.supplier.code === 'TUR',
    );
    expectSameSelection(
      await filtered('{ recipient: "EGY" }'),
      everything,
      (a) => a.recipient.code === 'EGY',
    );
    expectSameSelection(
      await filtered('{ category: [AIRCRAFT] }'),
      everything,
      (a) => a.category === 'AIRCRAFT',
    );
    expectSameSelection(await filtered('{ status: [ORDERED] }'), everything, (a) => a.status === 'ORDERED');
  });
  it('year range (ordered or delivered within it)', async () => {
    const within = (year: number | null) => year !== null && year >= 2019 && year <= 2020;
    expectSameSelection(
      await filtered('{ fromYear: 2019, toYear: 2020 }'),
      everything,
      (a) => within(a.orderYear) || a.deliveryYears.some(within),
    );
  });
});

describe('events filters', () => {
  interface E {
    id: string;
    date: string;
    kind: string;
    actors: { code: string }[];
    regions: { slug: string }[];
  }
  const fields = 'id date kind actors { code } regions { slug }';
  let everything: E[];
  beforeAll(async () => {
    everything = await all<E>('events', fields);
  });
  const filtered = (where: string) => all<E>('events', fields, `, where: ${where}`);

  it('region, actor, kind and date range', async () => {
    expectSameSelection(await filtered('{ region: "south-caucasus" }'), everything, (e) =>
      e.regions.some((r) => r.slug === 'south-caucasus'),
    );
    expectSameSelection(await filtered('{ actor: "TUR" }'), everything, (e) =>
      e.actors.some((a) => a.code === 'TUR'),
    );
    expectSameSelection(await filtered('{ kind: [STATE_VISIT, AGREEMENT] }'), everything, (e) =>
      ['STATE_VISIT', 'AGREEMENT'].includes(e.kind),
    );
    expectSameSelection(
      await filtered('{ from: "2025-01-01", to: "2025-06-30" }'),
      everything,
      (e) => e.date >= '2025-01-01' && e.date <= '2025-06-30',
    );
  });
});

describe('actors, regions and sources filters', () => {
  it('actors by kind, region, isPower and search', async () => {
    interface Ac {
      id: string;
      code: string;
      name: string;
      kind: string;
      isPower: boolean;
      regions: { slug: string }[];
    }
    const withId = async (args: string) =>
      (await all<Ac>('actors', 'code name kind isPower regions { slug }', args)).map((actor) => ({
        ...actor,
        id: actor.code,
      }));
    const everything = await withId('');
    expectSameSelection(
      await withId(', where: { kind: ORGANISATION }'),
      everything,
      (a) => a.kind === 'ORGANISATION',
    );
    expectSameSelection(await withId(', where: { region: "mena" }'), everything, (a) =>
      a.regions.some((r) => r.slug === 'mena'),
    );
    expectSameSelection(await withId(', where: { isPower: true }'), everything, (a) => a.isPower);
    expectSameSelection(
      await withId(', where: { search: "arab" }'),
      everything,
      (a) => /arab/i.test(a.name) || /arab/i.test(a.code),
    );
  });

  it('regions by member', async () => {
    const { regions } = dataOf(
      await app.graphql<{ regions: { nodes: { slug: string }[] } }>(
        `{ regions(first: 10, where: { member: "SDN" }) { nodes { slug } } }`,
      ),
    );
    expect(regions.nodes.map((region) => region.slug).sort()).toEqual(['horn-sahel', 'mena']);
  });

  it('sources by publisher, search and publication dates', async () => {
    interface So {
      id: string;
      publisher: string;
      title: string;
      url: string;
      publishedOn: string | null;
    }
    const everything = await all<So>('sources', 'id publisher title url publishedOn');
    const publisher = everything[0]!.publisher;
    expectSameSelection(
      await all<So>(
        'sources',
        'id publisher title url publishedOn',
        `, where: { publisher: ${JSON.stringify(publisher)} }`,
      ),
      everything,
      (s) => s.publisher === publisher,
    );
    expectSameSelection(
      await all<So>('sources', 'id publisher title url publishedOn', ', where: { search: "sharm" }'),
      everything,
      (s) => [s.publisher, s.title, s.url].some((text) => /sharm/i.test(text)),
    );
    expectSameSelection(
      await all<So>(
        'sources',
        'id publisher title url publishedOn',
        ', where: { publishedFrom: "2025-10-01", publishedTo: "2025-10-31" }',
      ),
      everything,
      (s) => s.publishedOn !== null && s.publishedOn >= '2025-10-01' && s.publishedOn <= '2025-10-31',
    );
  });
});
