import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import type { Page } from '../../graphql/connection.js';
import { sources } from './sources.table.js';

export interface SourceRow {
  id: string;
  url: string;
  publisher: string;
  title: string;
  publishedOn: string | null;
  accessedOn: string;
}

export interface SourceFilter {
  publisher?: string;
  search?: string;
  publishedFrom?: string;
  publishedTo?: string;
}

export interface SourceSort {
  field: 'publishedOn' | 'publisher' | 'title';
  direction: 'asc' | 'desc';
}

const sourceColumns = {
  id: sources.key,
  url: sources.url,
  publisher: sources.publisher,
  title: sources.title,
  publishedOn: sources.publishedOn,
  accessedOn: sources.accessedOn,
};

export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

function conditions(filter: SourceFilter): SQL | undefined {
  const pattern = filter.search ? likePattern(filter.search) : undefined;
  return and(
    filter.publisher ? eq(sources.publisher, filter.publisher) : undefined,
    pattern
      ? or(ilike(sources.title, pattern), ilike(sources.publisher, pattern), ilike(sources.url, pattern))
      : undefined,
    filter.publishedFrom ? gte(sources.publishedOn, filter.publishedFrom) : undefined,
    filter.publishedTo ? lte(sources.publishedOn, filter.publishedTo) : undefined,
  );
}

export async function listSources(
  db: Database,
  filter: SourceFilter,
  sort: SourceSort,
  page: Page,
): Promise<SourceRow[]> {
  const column = sources[sort.field];
  const order = sort.direction === 'asc' ? sql`${column} ASC NULLS LAST` : sql`${column} DESC NULLS LAST`;
  return db
    .select(sourceColumns)
    .from(sources)
    .where(conditions(filter))
    .orderBy(order, asc(sources.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countSources(db: Database, filter: SourceFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(sources).where(conditions(filter));
  return row?.value ?? 0;
}

/** A join table linking records of one kind to the sources they cite. */
export interface CitationLink {
  table: PgTable;
  ownerColumn: PgColumn;
  sourceColumn: PgColumn;
}

/** The sources cited by each of `ownerIds`, grouped by owner, in publication order. */
export async function findCitedSources(
  db: Database,
  link: CitationLink,
  ownerIds: readonly number[],
): Promise<Map<number, SourceRow[]>> {
  const rows = await db
    .select({ ownerId: sql<number>`${link.ownerColumn}`, ...sourceColumns })
    .from(link.table)
    .innerJoin(sources, eq(sources.id, link.sourceColumn))
    .where(inArray(link.ownerColumn, [...ownerIds]))
    .orderBy(desc(sources.publishedOn), asc(sources.id));
  const byOwner = groupBy(rows, (row) => row.ownerId);
  return new Map(
    [...byOwner].map(([ownerId, cited]) => [ownerId, cited.map(({ ownerId: _, ...source }) => source)]),
  );
}
