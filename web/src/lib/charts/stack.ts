import type { StackedBar, StackKey } from './types';

export interface StackedSegment {
  key: string;
  value: number;
  /** Running total before and after this segment. */
  start: number;
  end: number;
}

export interface StackedColumn {
  bar: StackedBar;
  segments: StackedSegment[];
  total: number;
}

/** Stacks each bar's parts in the order of `keys` (zero parts dropped), with running totals. */
export function stackBars(bars: readonly StackedBar[], keys: readonly StackKey[]): StackedColumn[] {
  return bars.map((bar) => {
    let total = 0;
    const segments: StackedSegment[] = [];
    for (const { key } of keys) {
      const value = bar.parts.find((part) => part.key === key)?.value ?? 0;
      if (value <= 0) continue;
      segments.push({ key, value, start: total, end: total + value });
      total += value;
    }
    return { bar, segments, total };
  });
}
