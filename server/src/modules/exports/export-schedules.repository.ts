import { and, asc, count, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { likePattern } from '../sources/sources.repository.js';
import { exportSchedules } from './exports.table.js';

export type ScheduleRow = typeof exportSchedules.$inferSelect;
export type ScheduleValues = Omit<
  typeof exportSchedules.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'author'
>;

export interface ScheduleFilter {
  search?: string;
  enabled?: boolean;
}

function conditions(filter: ScheduleFilter): SQL | undefined {
  const pattern = filter.search ? likePattern(filter.search) : undefined;
  return and(
    pattern
      ? or(ilike(exportSchedules.name, pattern), ilike(exportSchedules.description, pattern))
      : undefined,
    filter.enabled === undefined ? undefined : eq(exportSchedules.enabled, filter.enabled),
  );
}

export function listSchedules(db: Database, filter: ScheduleFilter, page: Page): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(exportSchedules)
    .where(conditions(filter))
    .orderBy(asc(exportSchedules.name), asc(exportSchedules.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countSchedules(db: Database, filter: ScheduleFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(exportSchedules).where(conditions(filter));
  return row?.value ?? 0;
}

export function findSchedulesByIds(db: Database, ids: readonly string[]): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(exportSchedules)
    .where(inArray(exportSchedules.id, [...ids]));
}

export async function findScheduleNamesUsingQuery(db: Database, savedQueryId: string): Promise<string[]> {
  const rows = await db
    .select({ name: exportSchedules.name })
    .from(exportSchedules)
    .where(eq(exportSchedules.savedQueryId, savedQueryId))
    .orderBy(asc(exportSchedules.name));
  return rows.map((row) => row.name);
}

/** `author` is the creating token's name (null on an install without tokens); updates keep it. */
export async function insertSchedule(
  db: Database,
  values: ScheduleValues,
  author: string | null,
): Promise<ScheduleRow> {
  const [row] = await db
    .insert(exportSchedules)
    .values({ ...values, author })
    .returning();
  return row!;
}

/** Writes only when the stored version is the expected one; undefined otherwise. */
export async function updateSchedule(
  db: Database,
  id: string,
  expectedVersion: number,
  values: ScheduleValues,
): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .update(exportSchedules)
    .set({ ...values, version: sql`${exportSchedules.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(exportSchedules.id, id), eq(exportSchedules.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteScheduleRow(
  db: Database,
  id: string,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const rows = await db
    .delete(exportSchedules)
    .where(
      and(
        eq(exportSchedules.id, id),
        expectedVersion === undefined ? undefined : eq(exportSchedules.version, expectedVersion),
      ),
    )
    .returning({ id: exportSchedules.id });
  return rows.length > 0;
}

/** Enabled schedules whose next tick has come, locked until the caller's transaction ends. */
export function lockDueSchedules(db: Database, now: Date): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(exportSchedules)
    .where(and(eq(exportSchedules.enabled, true), lte(exportSchedules.nextRunAt, now)))
    .orderBy(asc(exportSchedules.nextRunAt))
    .for('update');
}

/** Moves a schedule to its next tick; a system field, so neither `version` nor `updatedAt` change. */
export async function setNextRunAt(db: Database, id: string, nextRunAt: Date | null): Promise<void> {
  await db.update(exportSchedules).set({ nextRunAt }).where(eq(exportSchedules.id, id));
}
