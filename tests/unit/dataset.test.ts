import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../../server/src/seed/dataset.js';
import { validateDataset } from '../../server/src/seed/validate-dataset.js';

describe('the curated dataset', () => {
  it('passes every rule', () => {
    expect(validateDataset(curatedDataset)).toEqual([]);
  });

  it('cites only pages with a URL, a publisher, a title and an access date', () => {
    for (const source of curatedDataset.sources) {
      expect(source.url, source.key).toMatch(/^https?:\/\/[^\s]+$/);
      expect(source.accessedOn, source.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers 2015–2025 across the four regions', () => {
    const years = new Set(curatedDataset.summits.map((summit) => Number(summit.startDate.slice(0, 4))));
    expect(Math.min(...years)).toBeLessThanOrEqual(2015);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
    const regions = new Set(curatedDataset.summits.flatMap((summit) => summit.regions));
    expect([...regions].sort()).toEqual(['central-asia', 'horn-sahel', 'mena', 'south-caucasus']);
  });
});

describe('validateDataset', () => {
  const summit = curatedDataset.summits[0]!;
  const facility = curatedDataset.facilities[0]!;

  it('reports unknown actors, regions and sources with their path', () => {
    const problems = validateDataset({
      ...curatedDataset,
      summits: [{ ...summit, host: 'ZZZ', regions: ['atlantis'], sources: [] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: `summits[${summit.key}].host`, message: 'unknown actor ZZZ' },
        { path: `summits[${summit.key}].regions`, message: 'unknown region atlantis' },
        { path: `summits[${summit.key}]`, message: 'cites no source' },
      ]),
    );
  });

  it('reports overlapping status periods and impossible dates', () => {
    const problems = validateDataset({
      ...curatedDataset,
      facilities: [
        {
          ...facility,
          statuses: [
            {
              status: 'active',
              validFrom: '2020-01-01',
              validTo: null,
              sources: facility.sources,
              confidence: 'high',
            },
            {
              status: 'lost',
              validFrom: '2021-02-30',
              validTo: null,
              sources: facility.sources,
              confidence: 'high',
            },
          ],
        },
      ],
    });
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        'overlaps the next period (periods must be ordered and disjoint)',
        'invalid date 2021-02-30',
      ]),
    );
  });

  it('reports a duplicate key', () => {
    const problems = validateDataset({ ...curatedDataset, summits: [summit, summit] });
    expect(problems).toContainEqual({ path: `summits[${summit.key}]`, message: 'duplicate key' });
  });
});
