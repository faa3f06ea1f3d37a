import { describe, expect, it } from 'vitest';
import {
  composite,
  decomposeChange,
  explain,
  normalise,
  rank,
  scoreRegion,
} from '../../server/src/modules/standings/engine.js';
import { methodologyV1 } from '../../server/src/modules/standings/methodology.js';
import { listPeriods } from '../../server/src/modules/standings/periods.js';
import { fixtureEvidence } from '../fixtures/standings-fixture.js';

const p = methodologyV1.parameters; // weights 0.4 / 0.35 / 0.25
const powers = ['AAA', 'BBB', 'CCC'];

function scoresAt(period: string, evidence = fixtureEvidence, parameters = p) {
  const [result] = scoreRegion(evidence, powers, [period], 'quarter', parameters);
  return Object.fromEntries(result!.scores.map((score) => [score.power, score]));
}

describe('standing index on a hand-made region, 2025-Q4 (worked on paper)', () => {
  const scores = scoresAt('2025-10-01');

  it('summits: own summits’ attendance by level, failed summits and presence elsewhere', () => {
    // AAA: s1 = 1 (head of state) + 0.5 (minister) + 0.1 (level unknown → official) = 1.6;
    //      s3 attended as envoy = 0.5 × 0.25 = 0.125; s5 no participants = 0; s4 is outside 24 months.
    //      s2 (postponed, BBB's) does not count AAA's planned attendance.
    expect(scores.AAA!.raw.summits).toBeCloseTo(1.725, 9);
    // BBB: absent from s1 = −0.5; its own s2 postponed = −2; attended s3 as head of state = +0.5.
    expect(scores.BBB!.raw.summits).toBeCloseTo(-2, 9);
    expect(scores.CCC!.raw.summits).toBeNull();
  });

  it('bases: kind × status on the period’s last day, mid-period changes included', () => {
    // AAA: F1 air contested since 15 Nov = 1 × 0.5; F2 naval active = 1 → 1.5. BBB: F3 ground 0.8 + F4 withdrawn 0.
    expect(scores.AAA!.raw.bases).toBeCloseTo(1.5, 9);
    expect(scores.BBB!.raw.bases).toBeCloseTo(0.8, 9);
    expect(scores.CCC!.raw.bases).toBeNull();
  });

  it('arms: share of delivery-years to the region over 2021–2025', () => {
    // Deliveries in window: BBB 2 (2022, 2023), AAA 1 (2025), XXX 1 (2024) = 4; AAA's 2019 delivery is outside.
    expect(scores.AAA!.raw.arms).toBeCloseTo(0.25, 9);
    expect(scores.BBB!.raw.arms).toBeCloseTo(0.5, 9);
    expect(scores.CCC!.raw.arms).toBe(0); // evidence exists in the region: CCC supplied nothing
  });

  it('normalisation: leader 100, floor at min(0, lowest)', () => {
    // Summits: floor −2, ceiling 1.725 → AAA 100, BBB 0. Bases: floor 0 → BBB 0.8 / 1.5 = 53.33. Arms: BBB leads.
    expect(scores.AAA!.normalised).toEqual({ summits: 100, bases: 100, arms: 50 });
    expect(scores.BBB!.normalised.summits).toBe(0);
    expect(scores.BBB!.normalised.bases).toBeCloseTo(53.333333, 5);
    expect(scores.BBB!.normalised.arms).toBe(100);
    expect(scores.CCC!.normalised).toEqual({ summits: null, bases: null, arms: 0 });
  });

  it('composite, rank and coverage', () => {
    // AAA: 0.4×100 + 0.35×100 + 0.25×50 = 87.5. BBB: 0.35×53.333 + 0.25×100 = 43.6667. CCC: arms only → 0.
    expect(scores.AAA!.composite).toBe(87.5);
    expect(scores.BBB!.composite).toBeCloseTo(43.666667, 5);
    expect(scores.CCC!.composite).toBe(0);
    expect([scores.AAA!.rank, scores.BBB!.rank, scores.CCC!.rank]).toEqual([1, 2, 3]);
  });

  it('change from 2025-Q3: BBB’s postponed summit lands in Q4', () => {
    const [q3, q4] = scoreRegion(fixtureEvidence, powers, ['2025-07-01', '2025-10-01'], 'quarter', p);
    const bbbBefore = q3!.scores.find((score) => score.power === 'BBB')!;
    // In Q3 BBB's summit score is 0 (−0.5 + 0.5), AAA's 1.725: floor 0 → BBB 0 either way.
    expect(bbbBefore.raw.summits).toBeCloseTo(0, 9);
    const bbbAfter = q4!.scores.find((score) => score.power === 'BBB')!;
    expect(bbbAfter.change).toBeCloseTo(bbbAfter.composite! - bbbBefore.composite!, 6);
    expect(q3!.scores.every((score) => score.change === null)).toBe(true); // no earlier period given
  });
});

describe('explanations add up to the scores', () => {
  it('lists each record with its contribution and what moved since the previous period', () => {
    const contributions = explain(fixtureEvidence, 'AAA', '2025-10-01', 'quarter', p);
    const byRecord = Object.fromEntries(contributions.map((c) => [c.recordId, c]));
    expect(byRecord['f1-aaa-air']).toMatchObject({ family: 'bases', contribution: 0.5, change: -0.5 });
    expect(byRecord['s1-aaa-held']).toMatchObject({ family: 'summits', recordType: 'SUMMIT', change: 0 });
    expect(byRecord['s1-aaa-held']!.contribution).toBeCloseTo(1.6, 9);
    expect(contributions[0]!.recordId).toBe('f1-aaa-air'); // the biggest mover comes first
    const scores = scoresAt('2025-10-01');
    for (const family of ['summits', 'bases', 'arms'] as const) {
      const sum = contributions
        .filter((c) => c.family === family)
        .reduce((total, c) => total + c.contribution, 0);
      expect(sum).toBeCloseTo(scores.AAA!.raw[family] ?? 0, 9);
    }
  });

  it('names a postponed summit against its convener', () => {
    const contributions = explain(fixtureEvidence, 'BBB', '2025-10-01', 'quarter', p);
    expect(contributions[0]).toMatchObject({ recordId: 's2-bbb-postponed', contribution: -2, change: -2 });
    expect(contributions[0]!.label).toContain('postponed');
  });
});

describe('edge cases', () => {
  it('a power with no evidence at all has null sub-indices and a null composite and rank', () => {
    const empty = scoresAt('2025-10-01', { summits: [], facilities: [], deliveries: [] });
    expect(empty.CCC).toMatchObject({
      normalised: { summits: null, bases: null, arms: null },
      composite: null,
      rank: null,
    });
  });

  it('a single power with evidence leads with 100, or scores 0 when it only has penalties', () => {
    expect(normalise([3, null, null])).toEqual([100, null, null]);
    expect(normalise([-2, null, null])).toEqual([0, null, null]);
  });

  it('ties share a rank', () => {
    expect(rank([50, 80, 50, null, 10])).toEqual([2, 1, 2, null, 4]);
  });

  it('custom weights re-weigh only the families with evidence; all-absent weights give null', () => {
    expect(composite({ summits: 100, bases: 0, arms: null }, { summits: 1, bases: 0, arms: 0 })).toBe(100);
    expect(composite({ summits: null, bases: 100, arms: 50 }, { summits: 1, bases: 0, arms: 0 })).toBeNull();
    expect(composite({ summits: 20, bases: 100, arms: 50 }, { summits: 0.5, bases: 0.25, arms: 0.25 })).toBe(
      47.5,
    );
  });

  it('a summit with no participants recorded still counts as evidence, with zero points', () => {
    const onlyEmpty = { ...fixtureEvidence, summits: [fixtureEvidence.summits[4]!] };
    expect(scoresAt('2025-10-01', onlyEmpty).AAA!.raw.summits).toBe(0);
  });

  it('scores every period from 2015 without gaps', () => {
    const periods = listPeriods('2015-01-01', '2025-12-31', 'quarter');
    expect(periods).toHaveLength(44);
    expect(scoreRegion(fixtureEvidence, powers, periods, 'quarter', p)).toHaveLength(44);
  });
});

describe('decomposing a sub-index change', () => {
  it('separates a power’s own records from other powers moving the scale', () => {
    // Before: A 2, B 4 → A 50. Now: A 2 (unchanged), B 8 → A 25: the whole −25 comes from B.
    expect(decomposeChange([2, 8], [2, 4], 0)).toEqual({
      value: 25,
      previousValue: 50,
      change: -25,
      fromOwnRecords: 0,
      fromOtherPowers: -25,
    });
    // A falls to 1 while B rises to 8: own part = 1/4 → 25 − 50 = −25; rescaling adds −12.5.
    expect(decomposeChange([1, 8], [2, 4], 0)).toMatchObject({
      change: -37.5,
      fromOwnRecords: -25,
      fromOtherPowers: -12.5,
    });
  });

  it('is null when either period has no evidence', () => {
    expect(decomposeChange([null, 3], [2, 4], 0)).toMatchObject({
      value: null,
      change: null,
      fromOwnRecords: null,
    });
  });
});
