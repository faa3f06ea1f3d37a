import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  latestRunTime,
  nextRunTimes,
  parseCron,
  parseTimeZone,
} from '../../server/src/modules/exports/export-cron.js';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const next = (cron: string, zone: string, after: string, count: number) =>
  iso(nextRunTimes(cron, zone, new Date(after), count));

describe('next runs across DST changes', () => {
  it('Europe/Berlin: Mondays 06:00 stay 06:00 local when summer time starts and ends', () => {
    // Summer time starts 2025-03-30 and ends 2025-10-26.
    expect(next('0 6 * * 1', 'Europe/Berlin', '2025-03-20T00:00:00Z', 3)).toEqual([
      '2025-03-24T05:00:00.000Z',
      '2025-03-31T04:00:00.000Z',
      '2025-04-07T04:00:00.000Z',
    ]);
    expect(next('0 6 * * 1', 'Europe/Berlin', '2025-10-15T00:00:00Z', 3)).toEqual([
      '2025-10-20T04:00:00.000Z',
      '2025-10-27T05:00:00.000Z',
      '2025-11-03T05:00:00.000Z',
    ]);
  });

  it('Europe/Berlin: a time inside the skipped hour runs once, shifted; one inside the repeated hour runs once', () => {
    expect(next('30 2 * * *', 'Europe/Berlin', '2025-03-29T00:00:00Z', 3)).toEqual([
      '2025-03-29T01:30:00.000Z', // 02:30 CET
      '2025-03-30T01:30:00.000Z', // 02:30 does not exist: 03:30 CEST
      '2025-03-31T00:30:00.000Z', // 02:30 CEST
    ]);
    expect(next('30 2 * * *', 'Europe/Berlin', '2025-10-25T00:00:00Z', 3)).toEqual([
      '2025-10-25T00:30:00.000Z', // 02:30 CEST
      '2025-10-26T00:30:00.000Z', // first 02:30 only, not again at 01:30Z
      '2025-10-27T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('America/New_York: daily 02:30 on the spring-forward day runs once, at 03:30 EDT', () => {
    // DST starts 2025-03-09 at 02:00 local.
    expect(next('30 2 * * *', 'America/New_York', '2025-03-07T12:00:00Z', 4)).toEqual([
      '2025-03-08T07:30:00.000Z', // 02:30 EST
      '2025-03-09T07:30:00.000Z', // 03:30 EDT
      '2025-03-10T06:30:00.000Z', // 02:30 EDT
      '2025-03-11T06:30:00.000Z',
    ]);
  });

  it('America/New_York: daily 01:30 on the fall-back day runs once; hourly follows elapsed time', () => {
    // DST ends 2025-11-02 at 02:00 local: 01:00–02:00 happens twice.
    expect(next('30 1 * * *', 'America/New_York', '2025-10-31T12:00:00Z', 3)).toEqual([
      '2025-11-01T05:30:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-03T06:30:00.000Z',
    ]);
    const hourly = nextRunTimes('0 * * * *', 'America/New_York', new Date('2025-11-02T03:30:00Z'), 6);
    const gaps = hourly.slice(1).map((time, index) => time.getTime() - hourly[index]!.getTime());
    expect(gaps).toEqual(Array(5).fill(3_600_000));
    expect(new Set(iso(hourly)).size).toBe(6);
  });

  it('Europe/Moscow (no DST): 06:00 is 03:00 UTC all year, while Berlin changes', () => {
    expect(next('0 6 * * 1', 'Europe/Moscow', '2025-03-20T00:00:00Z', 3)).toEqual([
      '2025-03-24T03:00:00.000Z',
      '2025-03-31T03:00:00.000Z',
      '2025-04-07T03:00:00.000Z',
    ]);
    expect(next('0 6 * * 1', 'Europe/Moscow', '2025-10-15T00:00:00Z', 3)).toEqual([
      '2025-10-20T03:00:00.000Z',
      '2025-10-27T03:00:00.000Z',
      '2025-11-03T03:00:00.000Z',
    ]);
  });

  it('next runs are strictly after the given instant; the latest tick includes it', () => {
    expect(next('0 6 * * 1', 'Europe/Berlin', '2025-03-24T05:00:00Z', 1)).toEqual([
      '2025-03-31T04:00:00.000Z',
    ]);
    expect(latestRunTime('0 6 * * 1', 'Europe/Berlin', new Date('2025-03-24T05:00:00Z')).toISOString()).toBe(
      '2025-03-24T05:00:00.000Z',
    );
    expect(latestRunTime('0 6 * * 1', 'Europe/Berlin', new Date('2025-04-02T12:00:00Z')).toISOString()).toBe(
      '2025-03-31T04:00:00.000Z',
    );
  });
});

function inputError(work: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('invalid cron and time zones', () => {
  it.each([
    ['* * * *', /5 fields .* got 4/],
    ['0 0 * * * *', /5 fields .* got 6/],
    ['@daily', /5 fields .* got 1/],
    ['', /5 fields .* got 0/],
    ['61 * * * *', /not a valid cron expression.*61/],
    ['0 25 * * *', /not a valid cron expression/],
    ['0 0 30 2 *', /not a valid cron expression/],
    ['a b c d e', /not a valid cron expression/],
  ])('refuses "%s" with a clear BAD_USER_INPUT', (cron, message) => {
    const error = inputError(() => parseCron('input.cron', cron));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron' });
    expect(error.message).toMatch(message);
  });

  it('accepts and normalises a valid expression', () => {
    expect(parseCron('cron', '  0  6 * *   1 ')).toBe('0 6 * * 1');
    expect(parseCron('cron', '*/15 8-18 * * MON-FRI')).toBe('*/15 8-18 * * MON-FRI');
  });

  it.each(['Mars/Olympus', '+01:00', 'GMT+1 ', 'Europe/', ''])('refuses the time zone "%s"', (zone) => {
    const error = inputError(() => parseTimeZone('input.timeZone', zone));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Europe/Moscow', 'UTC', 'America/Argentina/Buenos_Aires'])(
    'accepts %s',
    (zone) => expect(parseTimeZone('timeZone', zone)).toBe(zone),
  );
});
