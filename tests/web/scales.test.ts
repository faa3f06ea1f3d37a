import { describe, expect, it } from 'vitest';
import {
  nearestDayIndex,
  parseDay,
  thinTicks,
  tickCount,
  timeScale,
  timeTickFormat,
  valueScale,
} from '../../web/src/lib/charts/scales';

describe('chart scales', () => {
  it('maps the first and last period onto the range ends, in UTC', () => {
    const x = timeScale(['2024-01-01', '2024-07-01', '2025-01-01'], [40, 640]);
    expect(x(parseDay('2024-01-01'))).toBe(40);
    expect(x(parseDay('2025-01-01'))).toBe(640);
    expect(parseDay('2025-10-01').toISOString()).toBe('2025-10-01T00:00:00.000Z');
  });

  it('widens a single period so its point sits in the middle instead of on an edge', () => {
    const x = timeScale(['2025-10-01'], [0, 100]);
    expect(x(parseDay('2025-10-01'))).toBeCloseTo(50, 5);
  });

  it('survives an empty series without NaN', () => {
    const x = timeScale([], [0, 100]);
    expect(Number.isNaN(x(new Date(0)))).toBe(false);
  });

  it('runs scores from zero and makes counts end on a round number', () => {
    const scores = valueScale(100, [300, 0]);
    expect(scores.domain()).toEqual([0, 100]);
    expect(scores(50)).toBe(150);
    expect(valueScale(7, [100, 0]).domain()).toEqual([0, 7]);
    expect(valueScale(93, [100, 0]).domain()).toEqual([0, 100]);
    // No data: still a usable axis.
    expect(valueScale(0, [100, 0]).domain()).toEqual([0, 1]);
  });

  it('labels yearly ticks by year and others by month', () => {
    expect(timeTickFormat([parseDay('2024-01-01'), parseDay('2025-01-01')])(parseDay('2025-01-01'))).toBe(
      '2025',
    );
    expect(timeTickFormat([parseDay('2025-01-01'), parseDay('2025-04-01')])(parseDay('2025-04-01'))).toBe(
      'Apr 2025',
    );
  });

  it('finds the period nearest a pointer position', () => {
    const days = ['2025-01-01', '2025-04-01', '2025-07-01'];
    expect(nearestDayIndex(days, parseDay('2025-03-20').getTime())).toBe(1);
    expect(nearestDayIndex(days, parseDay('2030-01-01').getTime())).toBe(2);
  });

  it('thins ticks whose labels would overlap', () => {
    expect(thinTicks([0, 30, 60, 90, 120], (tick) => tick, 50)).toEqual([0, 60, 120]);
    expect(thinTicks([], (tick: number) => tick, 50)).toEqual([]);
  });

  it('fits about one tick per 90 px, never fewer than two', () => {
    expect(tickCount(900)).toBe(10);
    expect(tickCount(100)).toBe(2);
  });
});
