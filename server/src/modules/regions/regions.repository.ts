import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { regionMembers, regions } from './regions.table.js';

export interface RegionRow {
  slug: string;
  name: string;
  description: string;
}

const regionColumns = { slug: regions.slug, name: regions.name, description: regions.description };

function conditions(db: Database, member: string | undefined): SQL | undefined {
  return and(
    member
      ? inArray(
          regions.slug,
          db
            .select({ slug: regionMembers.regionSlug })
            .from(regionMembers)
            .where(eq(regionMembers.actorCode, member)),
        )
      : undefined,
  );
}

export function listRegions(db: Database, member: string | undefined, page: Page): Promise<RegionRow[]> {
  return db
    .select(regionColumns)
    .from(regions)
    .where(conditions(db, member))
    .orderBy(asc(regions.name))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countRegions(db: Database, member: string | undefined): Promise<number> {
  const [row] = await db.select({ value: count() }).from(regions).where(conditions(db, member));
  return row?.value ?? 0;
}

export function findRegionsBySlugs(db: Database, slugs: readonly string[]): Promise<RegionRow[]> {
  return db
    .select(regionColumns)
    .from(regions)
    .where(inArray(regions.slug, [...slugs]));
}

export function findMemberships(
  db: Database,
  by: { regionSlugs?: readonly string[]; actorCodes?: readonly string[] },
) {
  return db
    .select({ regionSlug: regionMembers.regionSlug, actorCode: regionMembers.actorCode })
    .from(regionMembers)
    .where(
      and(
        by.regionSlugs ? inArray(regionMembers.regionSlug, [...by.regionSlugs]) : undefined,
        by.actorCodes ? inArray(regionMembers.actorCode, [...by.actorCodes]) : undefined,
      ),
    )
    .orderBy(asc(regionMembers.regionSlug), asc(regionMembers.actorCode));
}
