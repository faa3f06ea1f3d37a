import cronParser from 'cron-parser';
import { badUserInput } from '../../graphql/errors.js';

// Cron times are computed by cron-parser in the schedule's IANA zone, so "06:00 Europe/Berlin"
// is 05:00 UTC in winter and 04:00 UTC in summer. Around DST changes: a local time that does not
// exist (spring forward) runs once, shifted by the gap (02:30 → 03:30); a local time that occurs
// twice (fall back) runs once, at its first occurrence; interval schedules (every hour) follow
// elapsed time.

const FIELD_NAMES = 'minute hour day-of-month month day-of-week';

/** Checks a 5-field cron expression; returns it normalised to single spaces. */
export function parseCron(field: string, cron: string): string {
  const parts = cron.trim().split(/\s+/).filter(Boolean);
  if (parts.length !== 5) {
    throw badUserInput(field, `must have 5 fields (${FIELD_NAMES}), got ${parts.length}: "${cron.trim()}"`);
  }
  const normalised = parts.join(' ');
  try {
    cronParser.parseExpression(normalised, { tz: 'UTC' }).next();
  } catch (error) {
    throw badUserInput(field, `is not a valid cron expression (${FIELD_NAMES}): ${(error as Error).message}`);
  }
  return normalised;
}

/** Checks an IANA time zone name such as `Europe/Berlin` or `UTC`. */
export function parseTimeZone(field: string, timeZone: string): string {
  const name = timeZone.trim();
  // Offsets like +01:00 have no DST rules; a schedule needs a named zone.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) {
    throw badUserInput(field, `must be an IANA time zone name such as Europe/Berlin, got "${timeZone}"`);
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    throw badUserInput(field, `is not a known IANA time zone: "${timeZone}"`);
  }
  return name;
}

/** The next `count` ticks strictly after `after`. */
export function nextRunTimes(cron: string, timeZone: string, after: Date, count: number): Date[] {
  const interval = cronParser.parseExpression(cron, { tz: timeZone, currentDate: after });
  const times: Date[] = [];
  for (let index = 0; index < count; index++) times.push(interval.next().toDate());
  return times;
}

export function nextRunTime(cron: string, timeZone: string, after: Date): Date {
  return nextRunTimes(cron, timeZone, after, 1)[0]!;
}

/** The latest tick at or before `now`. */
export function latestRunTime(cron: string, timeZone: string, now: Date): Date {
  const interval = cronParser.parseExpression(cron, {
    tz: timeZone,
    currentDate: new Date(now.getTime() + 1),
  });
  return interval.prev().toDate();
}
