import { describe, expect, it } from 'vitest';
import { flattenResult, listItems, sortRows } from '../../web/src/lib/components/workbench/flatten';

describe('flattenResult', () => {
  it('turns edges/node connections into rows with dotted columns for nested objects', () => {
    const table = flattenResult({
      facilities: {
        edges: [
          { node: { name: 'Tartus', host: { code: 'SYR' }, status: 'ACTIVE' } },
          { node: { name: 'Hmeimim', host: { code: 'SYR' }, status: null } },
        ],
      },
    });
    expect(table.field).toBe('facilities');
    expect(table.columns).toEqual(['name', 'host.code', 'status']);
    expect(table.rows).toEqual([
      { name: 'Tartus', 'host.code': 'SYR', status: 'ACTIVE' },
      { name: 'Hmeimim', 'host.code': 'SYR', status: null },
    ]);
  });

  it('reads nodes connections and joins lists of scalars', () => {
    const table = flattenResult({ actors: { nodes: [{ code: 'RUS', regions: ['mena', 'europe'] }] } });
    expect(table.rows).toEqual([{ code: 'RUS', regions: 'mena, europe' }]);
  });

  it('spreads the first nested list of objects into rows, repeating the parent columns', () => {
    const table = flattenResult({
      standings: [
        {
          power: { code: 'RUS' },
          points: [
            { period: '2015', composite: 1 },
            { period: '2016', composite: 2 },
          ],
        },
        { power: { code: 'USA' }, points: [{ period: '2015', composite: 3 }] },
      ],
    });
    expect(table.columns).toEqual(['power.code', 'points.period', 'points.composite']);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[2]).toEqual({ 'power.code': 'USA', 'points.period': '2015', 'points.composite': 3 });
  });

  it('makes one row of a single object, or one row per element of its list', () => {
    expect(flattenResult({ actor: { code: 'RUS', name: 'Russia' } }).rows).toEqual([
      { code: 'RUS', name: 'Russia' },
    ]);
    const summit = flattenResult({ summit: { name: 'Sharm', participants: [{ actor: { code: 'EGY' } }] } });
    expect(summit.rows).toEqual([{ name: 'Sharm', 'participants.actor.code': 'EGY' }]);
  });

  it('handles scalars, nulls and empty data', () => {
    expect(flattenResult({ version: '1.2' }).rows).toEqual([{ version: '1.2' }]);
    expect(flattenResult({ summit: null }).rows).toEqual([]);
    expect(flattenResult(null)).toEqual({ field: null, columns: [], rows: [] });
    expect(flattenResult({ list: { nodes: [] } }).rows).toEqual([]);
  });

  it('counts later lists of objects instead of multiplying rows', () => {
    const table = flattenResult({ a: [{ x: [{ y: 1 }, { y: 2 }], z: [{ w: 1 }] }] });
    expect(table.rows).toEqual([
      { z: '1 items', 'x.y': 1 },
      { z: '1 items', 'x.y': 2 },
    ]);
  });
});

describe('listItems', () => {
  it('recognises arrays and connections only', () => {
    expect(listItems([1])).toEqual([1]);
    expect(listItems({ edges: [{ node: 1 }] })).toEqual([1]);
    expect(listItems({ nodes: [2] })).toEqual([2]);
    expect(listItems({ other: [] })).toBeNull();
  });
});

describe('sortRows', () => {
  const rows = [
    { period: '2025-Q10', score: 3, power: 'RUS' },
    { period: '2025-Q2', score: null, power: 'USA' },
    { period: null, score: 12, power: 'CHN' },
    { period: '2025-Q1', score: 3, power: 'TUR' },
  ];

  it('orders numbers as numbers and text naturally, keeping ties in their order', () => {
    expect(sortRows(rows, 'score', 'ascending').map((row) => row.power)).toEqual([
      'RUS',
      'TUR',
      'CHN',
      'USA',
    ]);
    expect(sortRows(rows, 'score', 'descending').map((row) => row.power)).toEqual([
      'CHN',
      'RUS',
      'TUR',
      'USA',
    ]);
    expect(sortRows(rows, 'period', 'ascending').map((row) => row.period)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q10',
      null,
    ]);
  });

  it('puts empty cells last in both directions and leaves the input alone', () => {
    expect(sortRows(rows, 'period', 'descending').map((row) => row.period)).toEqual([
      '2025-Q10',
      '2025-Q2',
      '2025-Q1',
      null,
    ]);
    expect(rows[0]!.power).toBe('RUS');
  });
});
