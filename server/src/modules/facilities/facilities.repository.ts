import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { regionMembers } from '../regions/regions.table.js';
import { facilities, facilityStatuses } from './facilities.table.js';

type FacilitySelect = typeof facilities.$inferSelect;
type StatusSelect = typeof facilityStatuses.$inferSelect;

export interface FacilityRow {
  rowId: number;
  id: string;
  name: string;
  hostCode: string;
  operatorCode: string;
  kind: FacilitySelect['kind'];
  latitude: number;
  longitude: number;
  description: string;
  confidence: FacilitySelect['confidence'];
  asOf: string;
  status: StatusSelect['status'] | null;
}

export interface StatusPeriodRow {
  rowId: number;
  facilityRowId: number;
  status: StatusSelect['status'];
  validFrom: string;
  validTo: string | null;
  note: string | null;
  confidence: StatusSelect['confidence'];
}

export interface FacilityFilter {
  region?: string;
  operators?: string[];
  host?: string;
  kinds?: FacilityRow['kind'][];
  statuses?: StatusSelect['status'][];
}

export interface FacilitySort {
  field: 'name' | 'operator' | 'host';
  direction: 'asc' | 'desc';
}

/** The status period covering `asOf` (at most one: periods never overlap). */
const statusOn = (asOf: string) =>
  and(
    eq(facilityStatuses.facilityId, facilities.id),
    lte(facilityStatuses.validFrom, asOf),
    or(isNull(facilityStatuses.validTo), gt(facilityStatuses.validTo, asOf)),
  );

function facilityColumns(asOf: string) {
  return {
    rowId: facilities.id,
    id: facilities.key,
    name: facilities.name,
    hostCode: facilities.hostCode,
    operatorCode: facilities.operatorCode,
    kind: facilities.kind,
    latitude: facilities.latitude,
    longitude: facilities.longitude,
    description: facilities.description,
    confidence: facilities.confidence,
    asOf: sql<string>`${asOf}::date::text`,
    status: facilityStatuses.status,
  };
}

function conditions(db: Database, filter: FacilityFilter): SQL | undefined {
  return and(
    filter.region
      ? inArray(
          facilities.hostCode,
          db
            .select({ code: regionMembers.actorCode })
            .from(regionMembers)
            .where(eq(regionMembers.regionSlug, filter.region)),
        )
      : undefined,
    filter.operators?.length ? inArray(facilities.operatorCode, filter.operators) : undefined,
    filter.host ? eq(facilities.hostCode, filter.host) : undefined,
    filter.kinds?.length ? inArray(facilities.kind, filter.kinds) : undefined,
    filter.statuses?.length ? inArray(facilityStatuses.status, filter.statuses) : undefined,
  );
}

export function listFacilities(
  db: Database,
  asOf: string,
  filter: FacilityFilter,
  sort: FacilitySort,
  page: Page,
): Promise<FacilityRow[]> {
  const column = { name: facilities.name, operator: facilities.operatorCode, host: facilities.hostCode }[
    sort.field
  ];
  return db
    .select(facilityColumns(asOf))
    .from(facilities)
    .leftJoin(facilityStatuses, statusOn(asOf))
    .where(conditions(db, filter))
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(facilities.name), asc(facilities.key))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countFacilities(db: Database, asOf: string, filter: FacilityFilter): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(facilities)
    .leftJoin(facilityStatuses, statusOn(asOf))
    .where(conditions(db, filter));
  return row?.value ?? 0;
}

export function findFacilitiesByKeys(
  db: Database,
  asOf: string,
  keys: readonly string[],
): Promise<FacilityRow[]> {
  return db
    .select(facilityColumns(asOf))
    .from(facilities)
    .leftJoin(facilityStatuses, statusOn(asOf))
    .where(inArray(facilities.key, [...keys]));
}

export function findTimelines(db: Database, facilityRowIds: readonly number[]): Promise<StatusPeriodRow[]> {
  return db
    .select({
      rowId: facilityStatuses.id,
      facilityRowId: facilityStatuses.facilityId,
      status: facilityStatuses.status,
      validFrom: facilityStatuses.validFrom,
      validTo: facilityStatuses.validTo,
      note: facilityStatuses.note,
      confidence: facilityStatuses.confidence,
    })
    .from(facilityStatuses)
    .where(inArray(facilityStatuses.facilityId, [...facilityRowIds]))
    .orderBy(asc(facilityStatuses.facilityId), asc(facilityStatuses.validFrom));
}
