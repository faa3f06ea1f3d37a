import { bisectCenter, extent } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';

/** "2025-10-01" as a UTC midnight Date: periods are calendar days, never local times. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A UTC time scale over the given days; a single day is widened by a month each side. */
export function timeScale(days: readonly string[], range: [number, number]): ScaleTime<number, number> {
  const [first, last] = extent(days, (day) => parseDay(day).getTime());
  if (first === undefined || last === undefined) {
    return scaleUtc()
      .domain([new Date(0), new Date(1)])
      .range(range);
  }
  const month = 31 * 24 * 3600 * 1000;
  const domain = first === last ? [first - month, last + month] : [first, last];
  return scaleUtc()
    .domain(domain.map((time) => new Date(time)))
    .range(range);
}

/**
 * A linear scale from `min` (zero unless values go below it) to `max` (or the data's maximum), made
 * nice, e.g. for counts.
 */
export function valueScale(max: number, range: [number, number], min = 0): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([min, max > min ? max : min + 1])
    .range(range)
    .nice();
}

/** Year labels when every tick falls on 1 January, month and year otherwise. */
export function timeTickFormat(ticks: readonly Date[]): (date: Date) => string {
  const yearly = ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1);
  return utcFormat(yearly ? '%Y' : '%b %Y');
}

/** Index of the day in `sortedDays` closest to `time` (ms). */
export function nearestDayIndex(sortedDays: readonly string[], time: number): number {
  const times = sortedDays.map((day) => parseDay(day).getTime());
  return bisectCenter(times, time);
}

/** How many x-axis ticks fit: about one per 90 px, at least two. */
export function tickCount(width: number, spacing = 90): number {
  return Math.max(2, Math.floor(width / spacing));
}

/** Drops ticks until neighbours are at least `minGap` px apart, so labels never overlap. */
export function thinTicks<Tick>(
  ticks: readonly Tick[],
  position: (tick: Tick) => number,
  minGap: number,
): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (last === undefined || position(tick) - position(last) >= minGap) kept.push(tick);
  }
  return kept;
}
