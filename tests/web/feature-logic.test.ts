import { describe, expect, it } from 'vitest';
import type { ArmsTransferRow } from '../../web/src/lib/components/arms/arms';
import { deliveriesByYear, topRecipients } from '../../web/src/lib/components/arms/arms-aggregate';
import { monthsBetween } from '../../web/src/lib/components/bases/bases-view';
import { statusOn } from '../../web/src/lib/components/bases/facility-status';
import { monthEnd } from '../../web/src/lib/components/overview/overview-view';
import { biggestMove } from '../../web/src/lib/components/overview/standings-table';
import { readWeights, shares, writeWeights } from '../../web/src/lib/components/overview/weights';
import { describeParticipation, matrixColumns } from '../../web/src/lib/components/summits/matrix';
import type { SummitRow } from '../../web/src/lib/components/summits/summits';

const hmeimim = [
  { status: 'AGREED' as const, validFrom: '2015-08-26', validTo: '2015-09-30' },
  { status: 'ACTIVE' as const, validFrom: '2015-09-30', validTo: '2024-12-08' },
  { status: 'CONTESTED' as const, validFrom: '2024-12-08', validTo: '2025-01-28' },
  { status: 'NEGOTIATING' as const, validFrom: '2025-01-28', validTo: null },
];

describe('facility status on a day', () => {
  it('follows the [validFrom, validTo) periods of the timeline', () => {
    expect(statusOn(hmeimim, '2024-06-01')).toBe('ACTIVE');
    expect(statusOn(hmeimim, '2024-12-08')).toBe('CONTESTED');
    expect(statusOn(hmeimim, '2025-06-01')).toBe('NEGOTIATING');
    expect(statusOn(hmeimim, '2015-01-01')).toBeNull();
  });

  it('steps the date slider month by month', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

function transfer(partial: Partial<ArmsTransferRow>): ArmsTransferRow {
  return {
    id: 'x',
    supplier: { code: 'RUS', name: 'Russia' },
    recipient: { code: 'EGY', name: 'Egypt' },
    category: 'AIRCRAFT',
    designation: 'Su-35',
    description: '',
    quantity: null,
    orderYear: 2018,
    deliveryYears: [],
    status: 'ORDERED',
    dealValueUsdMillions: null,
    sources: [],
    ...partial,
  };
}

describe('arms aggregates', () => {
  const transfers = [
    transfer({ id: 'a', deliveryYears: [2017, 2018], status: 'DELIVERED' }),
    transfer({
      id: 'b',
      supplier: { code: 'USA', name: 'United States' },
      deliveryYears: [2018],
      dealValueUsdMillions: 1100,
    }),
    transfer({
      id: 'c',
      recipient: { code: 'DZA', name: 'Algeria' },
      status: 'CANCELLED',
      dealValueUsdMillions: 500,
    }),
  ];

  it('counts a multi-year delivery once in every year it delivered, with empty years kept', () => {
    expect(deliveriesByYear(transfers, 2017, 2019)).toEqual([
      { key: '2017', label: '2017', parts: [{ key: 'RUS', value: 1 }] },
      {
        key: '2018',
        label: '2018',
        parts: [
          { key: 'RUS', value: 1 },
          { key: 'USA', value: 1 },
        ],
      },
      { key: '2019', label: '2019', parts: [] },
    ]);
  });

  it('ranks recipients by count or reported value, leaving out cancelled deals', () => {
    expect(topRecipients(transfers, 'count').map((bar) => bar.key)).toEqual(['EGY']);
    expect(topRecipients(transfers, 'value')).toEqual([
      { key: 'EGY', label: 'Egypt', parts: [{ key: 'USA', value: 1100 }] },
    ]);
  });
});

describe('summit matrix', () => {
  const summit = (id: string, codes: string[]): SummitRow => ({
    id,
    name: id,
    startDate: '2025-10-13',
    endDate: '2025-10-13',
    status: 'HELD',
    city: null,
    host: null,
    conveners: [],
    participants: codes.map((code) => ({ actor: { code, name: code }, status: 'ATTENDED', level: null })),
  });
  const powers = [{ code: 'RUS', name: 'Russia', colour: '#D55E00' }];

  it('puts the powers first, then frequent actors; actors seen once only on request', () => {
    const summits = [summit('a', ['EGY', 'QAT']), summit('b', ['EGY'])];
    expect(matrixColumns(summits, powers, false)).toEqual({
      columns: [
        { code: 'RUS', name: 'Russia', colour: '#D55E00' },
        { code: 'EGY', name: 'EGY', colour: null },
      ],
      hidden: 1,
    });
    expect(matrixColumns(summits, powers, true).columns.map((column) => column.code)).toEqual([
      'RUS',
      'EGY',
      'QAT',
    ]);
  });

  it('describes participation in words', () => {
    expect(
      describeParticipation({ actor: { code: 'RUS', name: 'Russia' }, status: 'ABSENT', level: null }),
    ).toBe('absent');
    expect(
      describeParticipation({
        actor: { code: 'USA', name: 'USA' },
        status: 'ATTENDED',
        level: 'HEAD_OF_STATE',
      }),
    ).toBe('attended (head of state)');
    expect(
      describeParticipation({ actor: { code: 'QAT', name: 'Qatar' }, status: 'ATTENDED', level: null }),
    ).toBe('attended (level not reported)');
  });
});

describe('overview URL state', () => {
  it('reads custom weights only when they make sense', () => {
    expect(readWeights('50,25,25')).toEqual({ SUMMITS: 50, BASES: 25, ARMS: 25 });
    expect(readWeights('0,0,0')).toBeNull();
    expect(readWeights('1,-1,1')).toBeNull();
    expect(readWeights('1,2')).toBeNull();
    expect(writeWeights({ SUMMITS: 20, BASES: 20, ARMS: 60 })).toBe('20,20,60');
    expect(shares({ SUMMITS: 1, BASES: 1, ARMS: 2 }).ARMS).toBe(0.5);
  });

  it('asks the API for whole months', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });

  it('explains the biggest move first, else the latest score', () => {
    const point = (period: string, composite: number | null, change: number | null) => ({
      period,
      periodLabel: period,
      composite,
      rank: null,
      change,
      coverage: { available: 3, total: 3, label: '' },
      subIndices: [],
    });
    const power = { code: 'RUS', name: 'Russia', colour: '#D55E00' };
    expect(
      biggestMove({
        power,
        points: [
          point('2025-04-01', 45, -11),
          point('2025-07-01', 18, -27.5),
          point('2025-10-01', 16.8, -1.2),
        ],
      }),
    ).toBe('2025-07-01');
    expect(
      biggestMove({ power, points: [point('2025-04-01', 45, 0), point('2025-07-01', null, null)] }),
    ).toBe('2025-04-01');
    expect(biggestMove(undefined)).toBeNull();
  });
});
