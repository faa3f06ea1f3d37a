import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeStandings } from '../../server/src/modules/standings/standings.service.js';
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

interface Series {
  standings: {
    power: { code: string; name: string; colour: string };
    points: {
      period: string;
      periodLabel: string;
      composite: number | null;
      rank: number | null;
      change: number | null;
      subIndices: { family: string; value: number | null; weight: number }[];
    }[];
  }[];
}

const standingsQuery = `query ($region: String!, $powers: [String!], $from: Date, $to: Date, $granularity: Granularity, $weights: WeightsInput) {
  standings(region: $region, powers: $powers, from: $from, to: $to, granularity: $granularity, weights: $weights) {
    power { code name colour }
    points { period periodLabel composite rank change subIndices { family value weight } }
  }
}`;

const compositeAt = (series: Series['standings'], code: string, label: string) =>
  series.find((entry) => entry.power.code === code)!.points.find((point) => point.periodLabel === label)!
    .composite;

describe('standings on the demo data', () => {
  it('one series per tracked power since 2015, quarterly by default', async () => {
    const { standings } = dataOf(
      await app.graphql<Series>(standingsQuery, { region: 'mena', from: '2015-01-01', to: '2025-12-31' }),
    );
    expect(standings.map((series) => series.power.code)).toEqual(['RUS', 'USA', 'CHN', 'TUR']);
    for (const series of standings) {
      expect(series.points).toHaveLength(44);
      expect(series.points[0]!.periodLabel).toBe('2015-Q1');
      expect(series.points.at(-1)!.periodLabel).toBe('2025-Q4');
    }
  });

  it('Russia’s Middle East composite for 2025-Q4 is below its 2024-Q3 value', async () => {
    const { standings } = dataOf(
      await app.graphql<Series>(standingsQuery, {
        region: 'mena',
        powers: ['RUS'],
        from: '2024-07-01',
        to: '2025-12-31',
      }),
    );
    expect(compositeAt(standings, 'RUS', '2025-Q4')!).toBeLessThan(compositeAt(standings, 'RUS', '2024-Q3')!);
  });

  it('the 2025-Q4 breakdown names the Syrian bases, the postponed Russia–Arab summit and the absence from Sharm el-Sheikh', async () => {
    const { standing } = dataOf(
      await app.graphql<{
        standing: {
          coverage: { label: string };
          methodology: { version: number };
          contributions: {
            family: string;
            recordId: string;
            label: string;
            contribution: number;
            change: number;
            sources: { url: string }[];
          }[];
        };
      }>(
        `{ standing(power: "RUS", region: "mena", period: "2025-11-15", granularity: QUARTER) {
            coverage { label } methodology { version }
            contributions { family recordId label contribution change sources { url } } } }`,
      ),
    );
    const byRecord = new Map(
      standing.contributions.map((contribution) => [contribution.recordId, contribution]),
    );
    expect(byRecord.get('russia-arab-world-summit-2025')).toMatchObject({
      family: 'SUMMITS',
      contribution: -2,
    });
    expect(byRecord.get('sharm-el-sheikh-peace-summit-2025')).toMatchObject({
      family: 'SUMMITS',
      contribution: -0.5,
    });
    for (const base of ['rus-hmeimim-air-base', 'rus-tartus-naval-facility', 'rus-qamishli-airport']) {
      expect(byRecord.get(base)).toMatchObject({ family: 'BASES', contribution: 0.5 });
    }
    for (const contribution of standing.contributions) expect(contribution.sources.length).toBeGreaterThan(0);
    expect(standing.coverage.label).toBe('3 of 3 sub-indices have data');
  });

  it('the fall of Assad shows as the Syrian bases moving in 2024-Q4', async () => {
    const { standing } = dataOf(
      await app.graphql<{ standing: { contributions: { recordId: string; change: number }[] } }>(
        `{ standing(power: "RUS", region: "mena", period: "2024-10-01", granularity: QUARTER) { contributions { recordId change } } }`,
      ),
    );
    const hmeimim = standing.contributions.find(
      (contribution) => contribution.recordId === 'rus-hmeimim-air-base',
    );
    expect(hmeimim?.change).toBe(-0.5);
  });

  it('splits each sub-index change into own records and other powers rescaling the scale', async () => {
    const { standing } = dataOf(
      await app.graphql<{
        standing: {
          change: number;
          subIndices: { family: string; weight: number }[];
          subIndexChanges: {
            family: string;
            change: number;
            fromOwnRecords: number;
            fromOtherPowers: number;
          }[];
        };
      }>(
        `{ standing(power: "RUS", region: "mena", period: "2025-07-01", granularity: QUARTER) {
            change subIndices { family weight }
            subIndexChanges { family change fromOwnRecords fromOtherPowers } } }`,
      ),
    );
    const weight = new Map(standing.subIndices.map((subIndex) => [subIndex.family, subIndex.weight]));
    let weighted = 0;
    for (const part of standing.subIndexChanges) {
      expect(part.fromOwnRecords + part.fromOtherPowers).toBeCloseTo(part.change, 6);
      weighted += weight.get(part.family)! * part.change;
    }
    // With the same coverage in both quarters, the composite moves by the weighted sub-index changes.
    expect(weighted).toBeCloseTo(standing.change, 4);
  });

  it('rankings order the powers by composite', async () => {
    const { rankings } = dataOf(
      await app.graphql<{
        rankings: { power: { code: string }; rank: number | null; composite: number | null }[];
      }>(
        `{ rankings(region: "mena", period: "2025-10-01", granularity: QUARTER) { power { code } rank composite } }`,
      ),
    );
    expect(rankings).toHaveLength(4);
    const composites = rankings.map((entry) => entry.composite!);
    expect(composites).toEqual([...composites].sort((a, b) => b - a));
    expect(rankings[0]!.rank).toBe(1);
  });

  it('custom weights give composites computed on the fly and leave stored scores alone', async () => {
    const before = (
      await database.pool.query(
        "SELECT md5(string_agg(composite::text, ',' ORDER BY region_slug, granularity, period_start, power_code)) AS h FROM standing_scores",
      )
    ).rows[0].h;
    const { standings } = dataOf(
      await app.graphql<Series>(standingsQuery, {
        region: 'mena',
        from: '2025-10-01',
        to: '2025-12-31',
        weights: { summits: 2, bases: 0, arms: 0 },
      }),
    );
    for (const series of standings) {
      const point = series.points[0]!;
      const summits = point.subIndices.find((subIndex) => subIndex.family === 'SUMMITS')!;
      expect(summits.weight).toBe(1);
      expect(point.composite).toBe(summits.value);
    }
    const after = (
      await database.pool.query(
        "SELECT md5(string_agg(composite::text, ',' ORDER BY region_slug, granularity, period_start, power_code)) AS h FROM standing_scores",
      )
    ).rows[0].h;
    expect(after).toBe(before);
  });

  it.each([
    [{ summits: -1 }, 'weights.summits'],
    [{ summits: 0, bases: 0, arms: 0 }, 'weights'],
  ])('invalid weights %o are refused naming %s', async (weights, field) => {
    const response = await app.graphql(standingsQuery, { region: 'mena', weights });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('unknown regions and powers are refused', async () => {
    expect((await app.graphql(standingsQuery, { region: 'atlantis' })).errors![0]!.extensions).toMatchObject({
      field: 'region',
    });
    expect(
      (await app.graphql(standingsQuery, { region: 'mena', powers: ['FRA'] })).errors![0]!.extensions,
    ).toMatchObject({ field: 'powers[0]' });
  });

  it('methodology v1 is readable, with a formula per family', async () => {
    const { methodology, methodologies } = dataOf(
      await app.graphql<{
        methodology: {
          version: number;
          weights: { family: string; weight: number }[];
          formulas: { family: string | null; formula: string }[];
          parameters: string;
        };
        methodologies: { version: number }[];
      }>(
        `{ methodology { version weights { family weight } formulas { family formula } parameters } methodologies { version } }`,
      ),
    );
    expect(methodology.version).toBe(1);
    expect(methodology.weights.reduce((sum, entry) => sum + entry.weight, 0)).toBeCloseTo(1, 9);
    expect(methodology.formulas.map((formula) => formula.family)).toEqual(
      expect.arrayContaining(['SUMMITS', 'BASES', 'ARMS']),
    );
    expect(JSON.parse(methodology.parameters).summitWindowMonths).toBe(24);
    expect(methodologies.map((entry) => entry.version)).toEqual([1]);
  });
});

describe('refresh', () => {
  it('a change to the records is reflected in the next read, and recompute is idempotent', async () => {
    const query = `{ standing(power: "RUS", region: "mena", period: "2025-10-01", granularity: QUARTER) { subIndices { family value } contributions { recordId contribution } } }`;
    const before = dataOf(
      await app.graphql<{ standing: { contributions: { recordId: string; contribution: number }[] } }>(query),
    );
    expect(
      before.standing.contributions.find((c) => c.recordId === 'rus-hmeimim-air-base')!.contribution,
    ).toBe(0.5);

    await database.pool.query(`UPDATE facility_statuses SET status = 'lost'
      WHERE facility_id = (SELECT id FROM facilities WHERE key = 'rus-hmeimim-air-base') AND valid_to IS NULL`);
    const after = dataOf(
      await app.graphql<{ standing: { contributions: { recordId: string; contribution: number }[] } }>(query),
    );
    expect(
      after.standing.contributions.find((c) => c.recordId === 'rus-hmeimim-air-base')!.contribution,
    ).toBe(0);

    const snapshot = async () =>
      (await database.pool.query('SELECT * FROM standing_scores ORDER BY 1, 2, 3, 4, 5')).rows;
    const first = await snapshot();
    await recomputeStandings(database, { onlyIfStale: false });
    expect(await snapshot()).toEqual(first);
  });
});
