import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { likePattern } from '../sources/sources.repository.js';
import { savedQueries } from './saved-queries.table.js';

export type SavedQueryRow = typeof savedQueries.$inferSelect;

export interface SavedQueryFilter {
  search?: string;
}

export interface SavedQuerySort {
  field: 'name' | 'createdAt' | 'updatedAt';
  direction: 'asc' | 'desc';
}

export interface SavedQueryValues {
  name: string;
  description: string;
  document: string;
  variables: Record<string, unknown>;
}

function conditions(filter: SavedQueryFilter): SQL | undefined {
  const pattern = filter.search ? likePattern(filter.search) : undefined;
  return pattern
    ? or(ilike(savedQueries.name, pattern), ilike(savedQueries.description, pattern))
    : undefined;
}

export function listSavedQueries(
  db: Database,
  filter: SavedQueryFilter,
  sort: SavedQuerySort,
  page: Page,
): Promise<SavedQueryRow[]> {
  const column = savedQueries[sort.field];
  return db
    .select()
    .from(savedQueries)
    .where(conditions(filter))
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(savedQueries.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countSavedQueries(db: Database, filter: SavedQueryFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(savedQueries).where(conditions(filter));
  return row?.value ?? 0;
}

export function findSavedQueriesByIds(db: Database, ids: readonly string[]): Promise<SavedQueryRow[]> {
  return db
    .select()
    .from(savedQueries)
    .where(inArray(savedQueries.id, [...ids]));
}

/** `author` is the creating token's name (null on an install without tokens); updates keep it. */
export async function insertSavedQuery(
  db: Database,
  values: SavedQueryValues,
  author: string | null,
): Promise<SavedQueryRow> {
  const [row] = await db
    .insert(savedQueries)
    .values({ ...values, author })
    .returning();
  return row!;
}

/** Writes only when the stored version is the expected one; undefined when it is not (or is gone). */
export async function updateSavedQuery(
  db: Database,
  id: string,
  expectedVersion: number,
  values: SavedQueryValues,
): Promise<SavedQueryRow | undefined> {
  const [row] = await db
    .update(savedQueries)
    .set({ ...values, version: sql`${savedQueries.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(savedQueries.id, id), eq(savedQueries.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteSavedQueryRow(
  db: Database,
  id: string,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const deleted = await db
    .delete(savedQueries)
    .where(
      and(
        eq(savedQueries.id, id),
        expectedVersion === undefined ? undefined : eq(savedQueries.version, expectedVersion),
      ),
    )
    .returning({ id: savedQueries.id });
  return deleted.length > 0;
}
