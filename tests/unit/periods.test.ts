import { describe, expect, it } from 'vitest';
import {
  listPeriods,
  monthsBefore,
  periodEndOf,
  periodLabel,
  periodStartOf,
  shiftPeriod,
} from '../../server/src/modules/standings/periods.js';

describe('periods', () => {
  it.each([
    ['2025-11-15', 'month', '2025-11-01', '2025-11-30', '2025-11'],
    ['2025-11-15', 'quarter', '2025-10-01', '2025-12-31', '2025-Q4'],
    ['2024-02-29', 'quarter', '2024-01-01', '2024-03-31', '2024-Q1'],
    ['2025-11-15', 'year', '2025-01-01', '2025-12-31', '2025'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29', '2024-02'],
  ] as const)('%s by %s starts %s, ends %s, reads %s', (day, granularity, start, end, label) => {
    expect(periodStartOf(day, granularity)).toBe(start);
    expect(periodEndOf(start, granularity)).toBe(end);
    expect(periodLabel(start, granularity)).toBe(label);
  });

  it('shifts across year boundaries', () => {
    expect(shiftPeriod('2025-01-01', 'quarter', -1)).toBe('2024-10-01');
    expect(shiftPeriod('2024-12-01', 'month', 1)).toBe('2025-01-01');
  });

  it('lists inclusive ranges', () => {
    expect(listPeriods('2024-11-20', '2025-02-01', 'month')).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
  });

  it('counts months back, clamping to shorter months', () => {
    expect(monthsBefore('2025-12-31', 24)).toBe('2023-12-31');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
  });
});
