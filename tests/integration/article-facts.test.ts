import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The facts of the article Clout grew from (shared/source-article.txt), read through the API.
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

interface SummitResult {
  summit: {
    name: string;
    startDate: string;
    status: string;
    host: { code: string } | null;
    conveners: { code: string }[];
    participants: {
      actor: { code: string };
      status: string;
      level: string | null;
      sources: { url: string }[];
    }[];
    sources: { url: string; publisher: string; title: string; accessedOn: string }[];
  } | null;
}

const summitQuery = `query ($id: ID!) {
  summit(id: $id) {
    name startDate status host { code } conveners { code }
    participants { actor { code } status level sources { url } }
    sources { url publisher title accessedOn }
  }
}`;

const participation = (summit: NonNullable<SummitResult['summit']>, code: string) =>
  summit.participants.find((participant) => participant.actor.code === code);

describe('the article’s facts', () => {
  it('Sharm el-Sheikh, 13 Oct 2025: US, Egypt, Qatar and Turkey sign at head-of-state level; Russia and China absent', async () => {
    const { summit } = dataOf(
      await app.graphql<SummitResult>(summitQuery, { id: 'sharm-el-sheikh-peace-summit-2025' }),
    );
    expect(summit).toMatchObject({ startDate: '2025-10-13', status: 'HELD', host: { code: 'EGY' } });
    for (const signatory of ['USA', 'EGY', 'QAT', 'TUR']) {
      expect(participation(summit!, signatory)).toMatchObject({ status: 'ATTENDED', level: 'HEAD_OF_STATE' });
    }
    for (const absentee of ['RUS', 'CHN']) {
      const entry = participation(summit!, absentee);
      expect(entry).toMatchObject({ status: 'ABSENT', level: null });
      expect(entry!.sources.length).toBeGreaterThan(0);
    }
    expect(summit!.sources.length).toBeGreaterThan(0);
  });

  it('the Russia–Arab summit of October 2025, convened by Russia, was postponed', async () => {
    const { summit } = dataOf(
      await app.graphql<SummitResult>(summitQuery, { id: 'russia-arab-world-summit-2025' }),
    );
    expect(summit).toMatchObject({ status: 'POSTPONED', host: { code: 'RUS' } });
    expect(summit!.startDate.startsWith('2025-10')).toBe(true);
    expect(summit!.conveners.map((convener) => convener.code)).toContain('RUS');
  });

  it('Trump and Putin met in Alaska in August 2025', async () => {
    const { summit } = dataOf(
      await app.graphql<SummitResult>(summitQuery, { id: 'alaska-trump-putin-summit-2025' }),
    );
    expect(summit!.startDate.startsWith('2025-08')).toBe(true);
    expect(summit!.status).toBe('HELD');
    expect(participation(summit!, 'USA')).toMatchObject({ status: 'ATTENDED', level: 'HEAD_OF_STATE' });
    expect(participation(summit!, 'RUS')).toMatchObject({ status: 'ATTENDED', level: 'HEAD_OF_STATE' });
  });

  it('al-Sharaa visited Putin in Moscow in October 2025 and asked for Assad’s extradition', async () => {
    const result = dataOf(
      await app.graphql<{
        events: { nodes: { id: string; date: string; kind: string; actors: { code: string }[] }[] };
      }>(
        `{ events(first: 100, where: { actor: "SYR", from: "2025-10-01", to: "2025-10-31" }) {
            nodes { id date kind actors { code } } } }`,
      ),
    );
    const kinds = result.events.nodes.map((event) => event.kind);
    expect(kinds).toContain('STATE_VISIT');
    expect(kinds).toContain('EXTRADITION_REQUEST');
    const visit = result.events.nodes.find((event) => event.kind === 'STATE_VISIT')!;
    expect(visit.actors.map((actor) => actor.code)).toEqual(expect.arrayContaining(['RUS', 'SYR']));
  });

  it('Hmeimim, Tartus and Qamishli were active in mid-2024 and no longer simply active a year later', async () => {
    const statusOn = async (asOf: string) => {
      const result = dataOf(
        await app.graphql<{ facilities: { nodes: { id: string; status: string | null }[] } }>(
          `query ($asOf: Date!) { facilities(first: 100, asOf: $asOf, where: { host: "SYR", operator: ["RUS"] }) {
              nodes { id status } } }`,
          { asOf },
        ),
      );
      return Object.fromEntries(result.facilities.nodes.map((facility) => [facility.id, facility.status]));
    };
    const syrianBases = ['rus-hmeimim-air-base', 'rus-tartus-naval-facility', 'rus-qamishli-airport'];
    const before = await statusOn('2024-06-01');
    const after = await statusOn('2025-06-01');
    for (const base of syrianBases) {
      expect(before[base]).toBe('ACTIVE');
      expect(['CONTESTED', 'NEGOTIATING', 'SUSPENDED', 'WITHDRAWN', 'LOST']).toContain(after[base]);
    }
  });

  it('every record cites at least one source with URL, publisher, title and access date', async () => {
    const result = dataOf(
      await app.graphql<{
        sources: {
          totalCount: number;
          nodes: { url: string; publisher: string; title: string; accessedOn: string }[];
        };
      }>(`{ sources(first: 100) { totalCount nodes { url publisher title accessedOn } } }`),
    );
    expect(result.sources.totalCount).toBeGreaterThan(100);
    for (const source of result.sources.nodes) {
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.publisher.length).toBeGreaterThan(0);
      expect(source.title.length).toBeGreaterThan(0);
    }
    const uncited = await database.pool.query(`
      SELECT 'summit' AS kind, key FROM summits s WHERE NOT EXISTS (SELECT 1 FROM summit_sources WHERE summit_id = s.id)
      UNION ALL SELECT 'participant', p.id::text FROM summit_participants p
        WHERE NOT EXISTS (SELECT 1 FROM summit_participant_sources WHERE participant_id = p.id)
      UNION ALL SELECT 'facility', key FROM facilities f WHERE NOT EXISTS (SELECT 1 FROM facility_sources WHERE facility_id = f.id)
      UNION ALL SELECT 'facility status', fs.id::text FROM facility_statuses fs
        WHERE NOT EXISTS (SELECT 1 FROM facility_status_sources WHERE facility_status_id = fs.id)
      UNION ALL SELECT 'arms transfer', key FROM arms_transfers a
        WHERE NOT EXISTS (SELECT 1 FROM arms_transfer_sources WHERE arms_transfer_id = a.id)
      UNION ALL SELECT 'event', key FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources WHERE event_id = e.id)`);
    expect(uncited.rows).toEqual([]);
  });

  it('meets the issue’s minimum dataset size', async () => {
    const counts = dataOf(
      await app.graphql<Record<string, { totalCount: number }>>(
        `{ actors(first: 0) { totalCount } summits(first: 0) { totalCount } facilities(first: 0) { totalCount }
           armsTransfers(first: 0) { totalCount } events(first: 0) { totalCount } }`,
      ),
    );
    expect(counts.actors!.totalCount).toBeGreaterThanOrEqual(40);
    expect(counts.summits!.totalCount).toBeGreaterThanOrEqual(20);
    expect(counts.facilities!.totalCount).toBeGreaterThanOrEqual(30);
    expect(counts.armsTransfers!.totalCount).toBeGreaterThanOrEqual(60);
    expect(counts.events!.totalCount).toBeGreaterThanOrEqual(30);
  });
});
