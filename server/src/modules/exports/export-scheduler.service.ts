import type pg from 'pg';
import type { Database } from '../../db/client.js';
import { findSavedQueriesByIds } from '../queries/saved-queries.repository.js';
import { latestRunTime, nextRunTime } from './export-cron.js';
import { insertRun, type RunRow } from './export-runs.repository.js';
import { inTransaction } from './export-runs.transaction.js';
import { lockDueSchedules, setNextRunAt, type ScheduleRow } from './export-schedules.repository.js';
import type { RunDefinition } from './exports.model.js';
import type { ExportsRuntime } from './exports.runtime.js';

/** Freezes a schedule (and the current version of its saved query) into a run's definition. */
export async function definitionOf(db: Database, schedule: ScheduleRow): Promise<RunDefinition> {
  const [savedQuery] = schedule.savedQueryId ? await findSavedQueriesByIds(db, [schedule.savedQueryId]) : [];
  return {
    scheduleName: schedule.name,
    target: schedule.target,
    cron: schedule.cron,
    timeZone: schedule.timeZone,
    formats: schedule.formats,
    savedQuery: savedQuery
      ? {
          id: savedQuery.id,
          name: savedQuery.name,
          version: savedQuery.version,
          document: savedQuery.document,
          variables: { ...savedQuery.variables, ...schedule.variables },
        }
      : null,
  };
}

/**
 * Fires every schedule whose next tick is at or before `now`: one run per tick, whatever the
 * number of processes ticking. Due schedules are locked (others wait, then see the moved tick),
 * the run row is unique per (schedule, tick) and its job is sent in the same transaction, so a
 * duplicate or concurrent tick can neither skip nor double a run. Ticks missed while no process
 * ran collapse into one run for the latest of them.
 */
export async function fireDueSchedules(pool: pg.Pool, runtime: ExportsRuntime, now: Date): Promise<RunRow[]> {
  return inTransaction(pool, async (client, db) => {
    const created: RunRow[] = [];
    for (const schedule of await lockDueSchedules(db, now)) {
      const scheduledFor = latestRunTime(schedule.cron, schedule.timeZone, now);
      const run = await insertRun(db, {
        scheduleId: schedule.id,
        trigger: 'schedule',
        scheduledFor,
        definition: await definitionOf(db, schedule),
      });
      if (run) {
        await runtime.queue.sendRun(run.id, client);
        created.push(run);
      }
      await setNextRunAt(db, schedule.id, nextRunTime(schedule.cron, schedule.timeZone, now));
    }
    return created;
  });
}

/** Queues a run now, outside the schedule ("run it now"). */
export async function queueManualRun(
  pool: pg.Pool,
  runtime: ExportsRuntime,
  schedule: ScheduleRow,
): Promise<RunRow> {
  return inTransaction(pool, async (client, db) => {
    const run = await insertRun(db, {
      scheduleId: schedule.id,
      trigger: 'manual',
      scheduledFor: null,
      definition: await definitionOf(db, schedule),
    });
    await runtime.queue.sendRun(run!.id, client);
    return run!;
  });
}
