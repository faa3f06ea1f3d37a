import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { regionMembers } from '../regions/regions.table.js';
import { actors, powers } from './actors.table.js';

export interface ActorRow {
  code: string;
  name: string;
  kind: 'state' | 'organisation';
  isPower: boolean;
  colour: string | null;
}

export interface ActorFilter {
  kind?: 'state' | 'organisation';
  region?: string;
  isPower?: boolean;
  search?: string;
}

export interface ActorSort {
  field: 'code' | 'name';
  direction: 'asc' | 'desc';
}

const actorColumns = {
  code: actors.code,
  name: actors.name,
  kind: actors.kind,
  colour: powers.colour,
};

const toActorRow = (row: {
  code: string;
  name: string;
  kind: ActorRow['kind'];
  colour: string | null;
}): ActorRow => ({
  ...row,
  isPower: row.colour !== null,
});

function conditions(db: Database, filter: ActorFilter): SQL | undefined {
  const searchPattern = filter.search ? `%${filter.search.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  return and(
    filter.kind ? eq(actors.kind, filter.kind) : undefined,
    // A subquery, not a join: an actor is listed once whatever its memberships.
    filter.region
      ? inArray(
          actors.code,
          db
            .select({ code: regionMembers.actorCode })
            .from(regionMembers)
            .where(eq(regionMembers.regionSlug, filter.region)),
        )
      : undefined,
    filter.isPower === undefined
      ? undefined
      : filter.isPower
        ? isNotNull(powers.actorCode)
        : isNull(powers.actorCode),
    searchPattern ? or(ilike(actors.name, searchPattern), ilike(actors.code, searchPattern)) : undefined,
  );
}

export async function listActors(
  db: Database,
  filter: ActorFilter,
  sort: ActorSort,
  page: Page,
): Promise<ActorRow[]> {
  const column = sort.field === 'code' ? actors.code : actors.name;
  const rows = await db
    .select(actorColumns)
    .from(actors)
    .leftJoin(powers, eq(powers.actorCode, actors.code))
    .where(conditions(db, filter))
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(actors.code))
    .limit(page.limit + 1)
    .offset(page.offset);
  return rows.map(toActorRow);
}

export async function countActors(db: Database, filter: ActorFilter): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(actors)
    .leftJoin(powers, eq(powers.actorCode, actors.code))
    .where(conditions(db, filter));
  return row?.value ?? 0;
}

export async function findActorsByCodes(db: Database, codes: readonly string[]): Promise<ActorRow[]> {
  const rows = await db
    .select(actorColumns)
    .from(actors)
    .leftJoin(powers, eq(powers.actorCode, actors.code))
    .where(inArray(actors.code, [...codes]));
  return rows.map(toActorRow);
}

export async function listPowers(db: Database): Promise<{ code: string; name: string; colour: string }[]> {
  return db
    .select({ code: actors.code, name: actors.name, colour: powers.colour })
    .from(powers)
    .innerJoin(actors, eq(actors.code, powers.actorCode))
    .orderBy(asc(powers.displayOrder));
}

export async function findExistingActorCodes(db: Database, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: actors.code })
    .from(actors)
    .where(inArray(actors.code, [...codes]));
  return new Set(rows.map((row) => row.code));
}
