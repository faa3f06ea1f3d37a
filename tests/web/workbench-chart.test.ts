import './support/dom';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlatRow, FlatTable } from '../../web/src/lib/components/workbench/flatten';
import {
  MAX_BARS,
  MAX_SERIES,
  buildChart,
  changeSpec,
  chartOptions,
  dayOf,
  describeNotes,
  formatMeasure,
  profileColumns,
  proposeChart,
  seriesColours,
  validateSpec,
  type BuiltChart,
  type ChartSpec,
} from '../../web/src/lib/components/workbench/result-chart';
import ResultChart from '../../web/src/lib/components/workbench/ResultChart.svelte';

afterEach(cleanup);

function tableOf(rows: FlatRow[], field = 'result'): FlatTable {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { field, columns, rows };
}

const POWERS = [
  { code: 'RUS', name: 'Russia', colour: '#D55E00' },
  { code: 'USA', name: 'United States', colour: '#0072B2' },
];

/** Rows as flattenResult makes them for `standings { power { code name } points { period composite rank } }`. */
function standings(periods: string[], powers = POWERS): FlatTable {
  const rows = powers.flatMap((power, powerIndex) =>
    periods.map((period, index) => ({
      'power.code': power.code,
      'power.name': power.name,
      'points.period': period,
      'points.composite': 40 + 10 * powerIndex + index,
      'points.rank': powerIndex + 1,
    })),
  );
  return tableOf(rows, 'standings');
}

function transfer(
  recipient: string,
  supplier: string,
  quantity: number | null,
  id = `${supplier}-${recipient}`,
) {
  return { id, 'recipient.code': recipient, 'supplier.code': supplier, quantity };
}

function lineOf(chart: BuiltChart) {
  if (chart.kind !== 'line') throw new Error('expected a line chart');
  return chart;
}

function barOf(chart: BuiltChart) {
  if (chart.kind !== 'bar') throw new Error('expected a bar chart');
  return chart;
}

describe('dayOf', () => {
  it('gives the first day of years, quarters and months, and the day of dates and timestamps', () => {
    expect(dayOf('2025')).toBe('2025-01-01');
    expect(dayOf(2019)).toBe('2019-01-01');
    expect(dayOf('2025-Q1')).toBe('2025-01-01');
    expect(dayOf('2025-Q4')).toBe('2025-10-01');
    expect(dayOf('2025-03')).toBe('2025-03-01');
    expect(dayOf('2025-03-14')).toBe('2025-03-14');
    expect(dayOf('2025-03-14T09:30:00.000Z')).toBe('2025-03-14');
    // An offset moves the instant to its UTC day; no offset keeps the day as written.
    expect(dayOf('2025-03-14T23:30:00-02:00')).toBe('2025-03-15');
    expect(dayOf('2025-03-14T23:30')).toBe('2025-03-14');
  });

  it('refuses anything that is not a real period or day', () => {
    for (const value of ['2025-13', '2025-Q5', '2025-02-30', 'Tartus', '12 items', '', 42, 2.5, true, null]) {
      expect(dayOf(value)).toBeNull();
    }
  });
});

describe('profileColumns', () => {
  it('tells times, numbers and categories apart and counts distinct values', () => {
    const table = tableOf([
      { period: '2025-Q1', score: 1.5, name: 'a', flag: true, orderYear: 2019, nothing: null },
      { period: '2025-Q2', score: null, name: 'a', flag: false, orderYear: 2020, nothing: null },
      { period: null, score: 3, name: 'b', flag: true, orderYear: 2020, nothing: null },
    ]);
    expect(profileColumns(table)).toEqual([
      { name: 'period', kind: 'temporal', distinct: 2 },
      { name: 'score', kind: 'numeric', distinct: 2 },
      { name: 'name', kind: 'categorical', distinct: 2 },
      { name: 'flag', kind: 'categorical', distinct: 2 },
      { name: 'orderYear', kind: 'temporal', distinct: 2 },
      { name: 'nothing', kind: 'empty', distinct: 0 },
    ]);
  });

  it('treats whole numbers as years only under a column named for them, and mixtures as categories', () => {
    const table = tableOf([
      { quantity: 2019, value: 1 },
      { quantity: 2020, value: 'n/a' },
    ]);
    expect(profileColumns(table).map((profile) => profile.kind)).toEqual(['numeric', 'categorical']);
  });
});

describe('proposeChart', () => {
  it('draws standings as lines over the period, one per power code, measuring the composite', () => {
    expect(proposeChart(standings(['2015', '2016', '2017']))).toEqual({
      spec: { kind: 'line', x: 'points.period', y: 'points.composite', series: 'power.code' },
    });
  });

  it('falls back to a rank only when nothing better is measured', () => {
    const table = tableOf([
      { period: '2024', rank: 2 },
      { period: '2025', rank: 1 },
    ]);
    expect(proposeChart(table).spec).toEqual({ kind: 'line', x: 'period', y: 'rank', series: null });
  });

  it('measures the rows of a spread list, not the parent number repeated on each of them', () => {
    // `standing { composite contributions { family label contribution } }`
    const contributions = [
      ['SUMMITS', 'Absent from Sharm el-Sheikh', -0.5],
      ['SUMMITS', 'Convened a postponed summit', -2],
      ['BASES', 'Hmeimim: negotiating', 0.5],
      ['BASES', 'Tartus: negotiating', 0.5],
    ] as const;
    const table = tableOf(
      contributions.map(([family, label, contribution]) => ({
        composite: 16.8,
        'contributions.family': family,
        'contributions.label': label,
        'contributions.contribution': contribution,
      })),
      'standing',
    );
    expect(proposeChart(table).spec).toMatchObject({ kind: 'bar', y: 'contributions.contribution' });
  });

  it('draws a single period as bars by power', () => {
    expect(proposeChart(standings(['2025'])).spec).toEqual({
      kind: 'bar',
      x: 'power.code',
      y: 'points.composite',
      series: null,
    });
  });

  it('draws arms rows as bars per recipient, stacked by supplier, never by id', () => {
    const table = tableOf([
      transfer('EGY', 'RUS', 4),
      transfer('EGY', 'USA', 2),
      transfer('IRN', 'RUS', 7),
      transfer('SAU', 'USA', 9),
    ]);
    expect(proposeChart(table).spec).toEqual({
      kind: 'bar',
      x: 'recipient.code',
      y: 'quantity',
      series: 'supplier.code',
    });
  });

  it('explains why a list without numbers has no chart', () => {
    const facilities = tableOf([
      { name: 'Tartus', kind: 'NAVAL', status: 'ACTIVE' },
      { name: 'Hmeimim', kind: 'AIR', status: null },
    ]);
    const proposal = proposeChart(facilities);
    expect(proposal.spec).toBeNull();
    expect(proposal.spec === null && proposal.reason).toMatch(/no column holds numbers/i);
  });

  it('does not measure coordinates, nor chart an empty result', () => {
    const located = tableOf([{ name: 'Tartus', latitude: 34.9, longitude: 35.9 }]);
    const proposal = proposeChart(located);
    expect(proposal.spec === null && proposal.reason).toMatch(/latitude and longitude are positions/);
    expect(proposeChart(tableOf([]))).toEqual({ spec: null, reason: 'The result has no rows to chart.' });
  });

  it('says when there is nothing to put along x', () => {
    const proposal = proposeChart(tableOf([{ total: 3 }]));
    expect(proposal.spec === null && proposal.reason).toMatch(/nothing to put along the x axis/i);
  });
});

describe('chartOptions, validateSpec and changeSpec', () => {
  const table = standings(['2024', '2025']);
  const proposed: ChartSpec = {
    kind: 'line',
    x: 'points.period',
    y: 'points.composite',
    series: 'power.code',
  };

  it('offers time for lines, categories or time for bars, numbers for y', () => {
    expect(chartOptions(table)).toEqual({
      kinds: ['line', 'bar'],
      x: { line: ['points.period'], bar: ['power.code', 'power.name', 'points.period'] },
      y: ['points.composite', 'points.rank'],
      series: ['power.code', 'power.name'],
    });
    expect(chartOptions(tableOf([{ name: 'Tartus' }])).kinds).toEqual([]);
  });

  it('accepts valid specs and names the column at fault otherwise', () => {
    expect(validateSpec(table, proposed)).toBeNull();
    expect(validateSpec(table, { ...proposed, y: 'power.name' })).toMatch(
      /"power.name" does not hold numbers/,
    );
    expect(validateSpec(table, { ...proposed, x: 'power.code' })).toMatch(/dates or periods/);
    expect(validateSpec(table, { ...proposed, series: 'points.rank' })).toMatch(/cannot split/);
  });

  it('repairs x and the series when the reader switches kind or x', () => {
    const bar = changeSpec(table, proposed, { kind: 'bar' });
    expect(bar).toEqual({ ...proposed, kind: 'bar' });
    const byCode = changeSpec(table, bar, { x: 'power.code' });
    expect(byCode.series).toBeNull();
    expect(changeSpec(table, byCode, { kind: 'line' })).toEqual({
      ...byCode,
      kind: 'line',
      x: 'points.period',
    });
  });
});

describe('buildChart', () => {
  it('makes one line per power with named series, power colours and a rounded value axis', () => {
    const table = standings(['2024-Q4', '2025-Q1']);
    const spec = proposeChart(table).spec!;
    const chart = lineOf(buildChart(table, spec, POWERS));
    expect(chart.series.map((item) => [item.key, item.name, item.colour])).toEqual([
      ['RUS', 'Russia', '#D55E00'],
      ['USA', 'United States', '#0072B2'],
    ]);
    expect(chart.series[1]!.points).toEqual([
      { day: '2024-10-01', label: '2024-Q4', value: 50 },
      { day: '2025-01-01', label: '2025-Q1', value: 51 },
    ]);
    expect([chart.min, chart.max]).toEqual([0, 60]);
  });

  it('places months, dates and timestamps on their days, in time order', () => {
    const table = tableOf([
      { at: '2025-03-02T10:00:00Z', value: 2 },
      { at: '2025-03', value: 1 },
      { at: '2025-03-05', value: 3 },
    ]);
    const chart = lineOf(buildChart(table, { kind: 'line', x: 'at', y: 'value', series: null }));
    expect(chart.series[0]!.points.map((point) => [point.day, point.label])).toEqual([
      ['2025-03-01', '2025-03'],
      ['2025-03-02', '2025-03-02T10:00:00Z'],
      ['2025-03-05', '2025-03-05'],
    ]);
  });

  it('adds rows that share series and x, and says so', () => {
    const table = tableOf([
      { day: '2025-03-01T08:00:00Z', kind: 'a', count: 1 },
      { day: '2025-03-01T17:00:00Z', kind: 'a', count: 2 },
      { day: '2025-03-01T09:00:00Z', kind: 'b', count: 5 },
    ]);
    const chart = lineOf(buildChart(table, { kind: 'line', x: 'day', y: 'count', series: 'kind' }));
    // Two timestamps on one day become one point, named by the day.
    expect(chart.series[0]!.points).toEqual([{ day: '2025-03-01', label: '2025-03-01', value: 3 }]);
    expect(chart.notes.combined).toBe(1);
    expect(describeNotes(chart)).toContain(
      '1 row shared a series and x with another row; their values are added.',
    );
  });

  it('skips and counts rows without x or y', () => {
    const table = tableOf([
      { period: '2024', value: 1 },
      { period: null, value: 2 },
      { period: '2025', value: null },
      { period: '2026', value: 4 },
    ]);
    const chart = lineOf(buildChart(table, { kind: 'line', x: 'period', y: 'value', series: null }));
    expect(chart.series[0]!.points.map((point) => point.value)).toEqual([1, 4]);
    expect(chart.notes.skipped).toBe(2);
    expect(describeNotes(chart)).toEqual(['2 rows without an x or y value are not drawn.']);
  });

  it('runs the axis below zero when values do', () => {
    const table = tableOf([
      { period: '2024', change: -7.5 },
      { period: '2025', change: 3 },
    ]);
    const chart = lineOf(buildChart(table, { kind: 'line', x: 'period', y: 'change', series: null }));
    expect([chart.min, chart.max]).toEqual([-8, 4]);
  });

  it('keeps the largest series and reports the rest, so a bad choice cannot draw hundreds of lines', () => {
    const rows = Array.from({ length: 20 }, (_, index) => [
      { period: '2024', who: `S${index}`, value: index + 1 },
      { period: '2025', who: `S${index}`, value: index + 1 },
    ]).flat();
    const table = tableOf(rows);
    const line = lineOf(buildChart(table, { kind: 'line', x: 'period', y: 'value', series: 'who' }));
    expect(line.series).toHaveLength(MAX_SERIES);
    expect(line.series.map((item) => item.key)).not.toContain('S0');
    expect(line.series.map((item) => item.key)).toContain('S19');
    expect(line.notes.leftOutSeries).toBe(8);
    expect(new Set(line.series.map((item) => item.colour)).size).toBe(MAX_SERIES);

    const bar = barOf(buildChart(table, { kind: 'bar', x: 'period', y: 'value', series: 'who' }));
    expect(bar.keys.at(-1)).toEqual({ key: '\u0000other', label: 'Other', colour: 'var(--other)' });
    // Stacking the rest as Other keeps each bar's true total.
    const total = bar.bars[0]!.parts.reduce((sum, part) => sum + part.value, 0);
    expect(total).toBe((20 * 21) / 2);
    expect(describeNotes(bar)).toContain(
      'Only the 12 largest series are shown; 8 more are stacked together as Other.',
    );
  });

  it('ranks category bars by total and stacks them by series', () => {
    const table = tableOf([
      transfer('EGY', 'RUS', 4),
      transfer('EGY', 'USA', 2),
      transfer('IRN', 'RUS', 7),
      transfer('SAU', 'USA', 9),
      transfer('SAU', 'USA', 1, 'second'),
    ]);
    const spec: ChartSpec = { kind: 'bar', x: 'recipient.code', y: 'quantity', series: 'supplier.code' };
    const chart = barOf(buildChart(table, spec, POWERS));
    expect(chart.orientation).toBe('horizontal');
    expect(chart.integer).toBe(true);
    expect(chart.bars).toEqual([
      { key: 'SAU', label: 'SAU', parts: [{ key: 'USA', value: 10 }] },
      { key: 'IRN', label: 'IRN', parts: [{ key: 'RUS', value: 7 }] },
      {
        key: 'EGY',
        label: 'EGY',
        parts: [
          { key: 'RUS', value: 4 },
          { key: 'USA', value: 2 },
        ],
      },
    ]);
    expect(chart.keys).toEqual([
      { key: 'RUS', label: 'RUS', colour: '#D55E00' },
      { key: 'USA', label: 'USA', colour: '#0072B2' },
    ]);
    expect(chart.notes.combined).toBe(1);
  });

  it('draws only the largest category bars and says how many are left out', () => {
    const table = tableOf(Array.from({ length: 60 }, (_, index) => ({ name: `N${index}`, value: index })));
    const chart = barOf(buildChart(table, { kind: 'bar', x: 'name', y: 'value', series: null }));
    expect(chart.bars).toHaveLength(MAX_BARS);
    expect(chart.bars[0]!.key).toBe('N59');
    expect(describeNotes(chart)).toEqual(['Only the largest 50 bars are drawn; 10 more are left out.']);
  });

  it('keeps time in order on vertical bars and counts negative parts it cannot stack', () => {
    const table = tableOf([
      { year: '2025', value: 2 },
      { year: '2024', value: -1 },
    ]);
    const chart = barOf(buildChart(table, { kind: 'bar', x: 'year', y: 'value', series: null }));
    expect(chart.orientation).toBe('vertical');
    expect(chart.bars.map((bar) => bar.label)).toEqual(['2024', '2025']);
    expect(chart.notes.negative).toBe(1);
  });
});

describe('seriesColours', () => {
  it('keeps a value’s colour whatever else is drawn, and uses power colours first', () => {
    const alone = seriesColours(['Egypt'], []).get('Egypt');
    expect(seriesColours(['Egypt', 'Iran'], []).get('Egypt')).toBe(alone);
    const withPowers = seriesColours(['RUS', 'Egypt'], POWERS);
    expect(withPowers.get('RUS')).toBe('#D55E00');
    expect(withPowers.get('Egypt')).not.toBe('#D55E00');
  });
});

describe('formatMeasure', () => {
  it('groups whole numbers and keeps three significant digits otherwise', () => {
    expect(formatMeasure(1234)).toBe('1,234');
    expect(formatMeasure(42.123)).toBe('42.1');
    expect(formatMeasure(null)).toBe('—');
  });
});

describe('ResultChart', () => {
  it('draws the proposal and redraws when the reader changes Y, the chart kind and X', async () => {
    const { container } = render(ResultChart, {
      props: { table: standings(['2024', '2025']), known: POWERS },
    });
    const root = container.querySelector('[data-chart="line"]')!;
    expect(root.querySelector('svg')).not.toBeNull();
    const labels = () =>
      [...container.querySelectorAll('circle[aria-label]')].map((point) => point.getAttribute('aria-label'));
    expect(labels()).toContain('Russia, 2024: 40');

    await fireEvent.change(screen.getByLabelText('Y'), { target: { value: 'points.rank' } });
    expect(labels()).toContain('Russia, 2024: 1');

    await fireEvent.change(screen.getByLabelText('Chart'), { target: { value: 'bar' } });
    expect(container.querySelector('[data-chart="bar"] svg')).not.toBeNull();
    await fireEvent.change(screen.getByLabelText('X'), { target: { value: 'power.code' } });
    const bars = [...container.querySelectorAll('[data-bar]')].map((bar) => bar.getAttribute('data-bar'));
    expect(bars.sort()).toEqual(['RUS', 'USA']);
    expect((screen.getByLabelText('Series') as HTMLSelectElement).value).toBe('');
  });

  it('explains, without an error, why a result has no chart', () => {
    const { container } = render(ResultChart, { props: { table: tableOf([{ name: 'Tartus' }]) } });
    expect(container.querySelector('[data-chart="none"] p')?.textContent).toMatch(/no column holds numbers/i);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
