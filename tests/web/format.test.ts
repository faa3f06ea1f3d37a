import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDay,
  formatScore,
  formatUsdMillions,
  humanise,
} from '../../web/src/lib/format/format';

describe('number and date formatting', () => {
  it('shows scores with one decimal and no evidence as a dash, never as zero', () => {
    expect(formatScore(62.449)).toBe('62.4');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
  });

  it('signs changes with a true minus and shows tiny moves as zero', () => {
    expect(formatChange(3.14)).toBe('+3.1');
    expect(formatChange(-27.455)).toBe('−27.5');
    expect(formatChange(0.01)).toBe('0.0');
    expect(formatChange(null)).toBe('—');
  });

  it('writes money in millions or billions of dollars', () => {
    expect(formatUsdMillions(440)).toBe('$440 m');
    expect(formatUsdMillions(1960)).toBe('$1.96 bn');
    expect(formatUsdMillions(142000)).toBe('$142 bn');
    expect(formatUsdMillions(null)).toBe('—');
  });

  it('groups counts and writes days the way people read them', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatDay('2025-10-13')).toBe('13 Oct 2025');
    expect(formatDay(null)).toBe('—');
  });

  it('turns API enum values into words', () => {
    expect(humanise('HEAD_OF_STATE')).toBe('head of state');
    expect(humanise(null)).toBe('—');
  });
});
