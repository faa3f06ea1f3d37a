import './support/dom';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LineChart from '../../web/src/lib/charts/LineChart.svelte';
import type { LineSeries } from '../../web/src/lib/charts/types';
import { formatScore } from '../../web/src/lib/format/format';

afterEach(cleanup);

const quarters = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'];

function series(key: string, name: string, values: (number | null)[]): LineSeries {
  return {
    key,
    name,
    colour: '#D55E00',
    points: values.map((value, index) => ({
      day: quarters[index]!,
      label: `2025-Q${index + 1}`,
      value,
    })),
  };
}

function renderChart(lines: LineSeries[], onselect = vi.fn()) {
  const result = render(LineChart, {
    props: {
      id: 'standing',
      title: 'Standing in the Middle East',
      description: 'Composite standing by quarter.',
      series: lines,
      formatValue: formatScore,
      onselect,
    },
  });
  return { ...result, onselect };
}

describe('LineChart', () => {
  it('draws one line per power under an SVG with a title and description', () => {
    const { container } = renderChart([
      series('RUS', 'Russia', [45.4, 18, 16.8, 18.6]),
      series('USA', 'United States', [56.7, 95, 95, 100]),
    ]);
    const svg = container.querySelector('svg[data-chart="standing"]')!;
    expect(svg.querySelector('title')?.textContent).toBe('Standing in the Middle East');
    expect(svg.querySelector('desc')?.textContent).toBe('Composite standing by quarter.');
    expect(
      [...svg.querySelectorAll('g[data-series]')].map((group) => group.getAttribute('data-series')),
    ).toEqual(['RUS', 'USA']);
  });

  it('labels every point for screen readers and keeps one tab stop', () => {
    const { container } = renderChart([series('RUS', 'Russia', [45.4, 18, 16.8, 18.6])]);
    const points = [...container.querySelectorAll('circle[aria-label]')];
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      'Russia, 2025-Q1: 45.4',
      'Russia, 2025-Q2: 18.0',
      'Russia, 2025-Q3: 16.8',
      'Russia, 2025-Q4: 18.6',
    ]);
    expect(points.filter((point) => point.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('leaves a gap, not a zero, where there is no evidence', () => {
    const { container } = renderChart([series('CHN', 'China', [30, null, 31, 32])]);
    expect(container.querySelectorAll('circle[aria-label]')).toHaveLength(3);
    const path = container.querySelector('g[data-series="CHN"] path')!.getAttribute('d')!;
    // Two separate segments: the line is lifted over the missing quarter.
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('moves between points with the arrow keys and selects with Enter', async () => {
    const { container, onselect } = renderChart([
      series('RUS', 'Russia', [45.4, 18, 16.8, 18.6]),
      series('USA', 'United States', [56.7, 95, 95, 100]),
    ]);
    const first = container.querySelector<SVGElement>('circle[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toBe('Russia, 2025-Q4: 18.6');
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowLeft' });
    const moved = container.querySelector<SVGElement>('circle[tabindex="0"]')!;
    expect(moved.getAttribute('aria-label')).toBe('Russia, 2025-Q3: 16.8');
    await fireEvent.keyDown(moved, { key: 'ArrowDown' });
    const below = container.querySelector<SVGElement>('circle[tabindex="0"]')!;
    expect(below.getAttribute('aria-label')).toBe('United States, 2025-Q3: 95.0');
    await fireEvent.keyDown(below, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith({ key: 'USA', day: '2025-07-01' });
  });

  it('renders an empty chart without points or errors', () => {
    const { container } = renderChart([]);
    expect(container.querySelector('svg[data-chart]')).not.toBeNull();
    expect(container.querySelectorAll('circle')).toHaveLength(0);
  });
});
