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

/** A record a standing contribution rests on. */
export interface CitedRecord {
  type: 'SUMMIT' | 'SUMMIT_PARTICIPATION' | 'FACILITY_STATUS' | 'ARMS_TRANSFER';
  /** Public key of the summit, facility or transfer. */
  recordKey: string;
  /** The power, for a participation. */
  actorCode?: string;
  /** The status period's first day, for a facility status. */
  validFrom?: string;
}

export const citedRecordKey = (record: CitedRecord) =>
  [record.type, record.recordKey, record.actorCode ?? '', record.validFrom ?? ''].join('|');

/** Sources of records of mixed kinds, one statement per kind, keyed by `citedRecordKey`. */
export async function findSourcesForRecords(
  db: Database,
  records: readonly CitedRecord[],
): Promise<Map<string, SourceRow[]>> {
  const byType = groupBy(records, (record) => record.type);
  const result = new Map<string, SourceRow[]>();
  const add = (key: string, source: SourceRow) => result.set(key, [...(result.get(key) ?? []), source]);
  const source = (row: Record<string, unknown>): SourceRow => ({
    id: row.key as string,
    url: row.url as string,
    publisher: row.publisher as string,
    title: row.title as string,
    publishedOn: row.published_on as string | null,
    accessedOn: row.accessed_on as string,
  });
  const columns = sql`src.key, src.url, src.publisher, src.title, src.published_on, src.accessed_on`;

  const summitKeys = byType.get('SUMMIT')?.map((record) => record.recordKey);
  if (summitKeys?.length) {
    const { rows } = await db.execute(sql`SELECT s.key AS record_key, ${columns} FROM summit_sources ss
      JOIN summits s ON s.id = ss.summit_id JOIN sources src ON src.id = ss.source_id
      WHERE s.key IN ${summitKeys} ORDER BY src.published_on DESC NULLS LAST, src.id`);
    for (const row of rows)
      add(citedRecordKey({ type: 'SUMMIT', recordKey: row.record_key as string }), source(row));
  }
  const participations = byType.get('SUMMIT_PARTICIPATION');
  if (participations?.length) {
    const pairs = sql.join(
      participations.map((record) => sql`(${record.recordKey}, ${record.actorCode ?? ''})`),
      sql`, `,
    );
    const { rows } =
      await db.execute(sql`SELECT s.key AS record_key, sp.actor_code, ${columns} FROM summit_participant_sources sps
      JOIN summit_participants sp ON sp.id = sps.participant_id JOIN summits s ON s.id = sp.summit_id
      JOIN sources src ON src.id = sps.source_id
      WHERE (s.key, sp.actor_code) IN (${pairs}) ORDER BY src.published_on DESC NULLS LAST, src.id`);
    for (const row of rows) {
      add(
        citedRecordKey({
          type: 'SUMMIT_PARTICIPATION',
          recordKey: row.record_key as string,
          actorCode: row.actor_code as string,
        }),
        source(row),
      );
    }
  }
  const statuses = byType.get('FACILITY_STATUS');
  if (statuses?.length) {
    const pairs = sql.join(
      statuses.map((record) => sql`(${record.recordKey}, ${record.validFrom ?? '1900-01-01'}::date)`),
      sql`, `,
    );
    const { rows } =
      await db.execute(sql`SELECT f.key AS record_key, fs.valid_from, ${columns} FROM facility_status_sources fss
      JOIN facility_statuses fs ON fs.id = fss.facility_status_id JOIN facilities f ON f.id = fs.facility_id
      JOIN sources src ON src.id = fss.source_id
      WHERE (f.key, fs.valid_from) IN (${pairs}) ORDER BY src.published_on DESC NULLS LAST, src.id`);
    for (const row of rows) {
      add(
        citedRecordKey({
          type: 'FACILITY_STATUS',
          recordKey: row.record_key as string,
          validFrom: row.valid_from as string,
        }),
        source(row),
      );
    }
  }
  const transferKeys = byType.get('ARMS_TRANSFER')?.map((record) => record.recordKey);
  if (transferKeys?.length) {
    const { rows } =
      await db.execute(sql`SELECT a.key AS record_key, ${columns} FROM arms_transfer_sources ats
      JOIN arms_transfers a ON a.id = ats.arms_transfer_id JOIN sources src ON src.id = ats.source_id
      WHERE a.key IN ${transferKeys} ORDER BY src.published_on DESC NULLS LAST, src.id`);
    for (const row of rows)
      add(citedRecordKey({ type: 'ARMS_TRANSFER', recordKey: row.record_key as string }), source(row));
  }
  return result;
}
