import { and, asc, count, desc, eq, exists, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { summitConveners, summitParticipants, summitRegions, summits } from './summits.table.js';

type SummitSelect = typeof summits.$inferSelect;

export interface SummitRow {
  /** Internal primary key, for loaders. */
  rowId: number;
  id: string;
  name: string;
  hostCode: string | null;
  city: string | null;
  startDate: string;
  endDate: string;
  status: SummitSelect['status'];
  description: string;
  confidence: SummitSelect['confidence'];
}

export interface ParticipantRow {
  rowId: number;
  summitRowId: number;
  actorCode: string;
  status: (typeof summitParticipants.$inferSelect)['status'];
  level: (typeof summitParticipants.$inferSelect)['level'];
  note: string | null;
  confidence: SummitSelect['confidence'];
}

export interface SummitFilter {
  region?: string;
  actor?: string;
  actorStatus?: ParticipantRow['status'];
  convener?: string;
  host?: string;
  statuses?: SummitRow['status'][];
  from?: string;
  to?: string;
}

export interface SummitSort {
  field: 'startDate' | 'name';
  direction: 'asc' | 'desc';
}

const summitColumns = {
  rowId: summits.id,
  id: summits.key,
  name: summits.name,
  hostCode: summits.hostCode,
  city: summits.city,
  startDate: summits.startDate,
  endDate: summits.endDate,
  status: summits.status,
  description: summits.description,
  confidence: summits.confidence,
};

function conditions(db: Database, filter: SummitFilter): SQL | undefined {
  return and(
    filter.region
      ? exists(
          db
            .select()
            .from(summitRegions)
            .where(and(eq(summitRegions.summitId, summits.id), eq(summitRegions.regionSlug, filter.region))),
        )
      : undefined,
    filter.actor
      ? exists(
          db
            .select()
            .from(summitParticipants)
            .where(
              and(
                eq(summitParticipants.summitId, summits.id),
                eq(summitParticipants.actorCode, filter.actor),
                filter.actorStatus ? eq(summitParticipants.status, filter.actorStatus) : undefined,
              ),
            ),
        )
      : undefined,
    filter.convener
      ? exists(
          db
            .select()
            .from(summitConveners)
            .where(
              and(eq(summitConveners.summitId, summits.id), eq(summitConveners.actorCode, filter.convener)),
            ),
        )
      : undefined,
    filter.host ? eq(summits.hostCode, filter.host) : undefined,
    filter.statuses?.length ? inArray(summits.status, filter.statuses) : undefined,
    filter.from ? gte(summits.endDate, filter.from) : undefined,
    filter.to ? lte(summits.startDate, filter.to) : undefined,
  );
}

export function listSummits(
  db: Database,
  filter: SummitFilter,
  sort: SummitSort,
  page: Page,
): Promise<SummitRow[]> {
  const column = sort.field === 'name' ? summits.name : summits.startDate;
  return db
    .select(summitColumns)
    .from(summits)
    .where(conditions(db, filter))
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(summits.key))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countSummits(db: Database, filter: SummitFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(summits).where(conditions(db, filter));
  return row?.value ?? 0;
}

export function findSummitsByKeys(db: Database, keys: readonly string[]): Promise<SummitRow[]> {
  return db
    .select(summitColumns)
    .from(summits)
    .where(inArray(summits.key, [...keys]));
}

export function findParticipants(db: Database, summitRowIds: readonly number[]): Promise<ParticipantRow[]> {
  return db
    .select({
      rowId: summitParticipants.id,
      summitRowId: summitParticipants.summitId,
      actorCode: summitParticipants.actorCode,
      status: summitParticipants.status,
      level: summitParticipants.level,
      note: summitParticipants.note,
      confidence: summitParticipants.confidence,
    })
    .from(summitParticipants)
    .where(inArray(summitParticipants.summitId, [...summitRowIds]))
    .orderBy(asc(summitParticipants.summitId), asc(summitParticipants.actorCode));
}

export function findConveners(db: Database, summitRowIds: readonly number[]) {
  return db
    .select({ summitRowId: summitConveners.summitId, actorCode: summitConveners.actorCode })
    .from(summitConveners)
    .where(inArray(summitConveners.summitId, [...summitRowIds]))
    .orderBy(asc(summitConveners.actorCode));
}

export function findSummitRegions(db: Database, summitRowIds: readonly number[]) {
  return db
    .select({ summitRowId: summitRegions.summitId, regionSlug: summitRegions.regionSlug })
    .from(summitRegions)
    .where(inArray(summitRegions.summitId, [...summitRowIds]))
    .orderBy(asc(summitRegions.regionSlug));
}
