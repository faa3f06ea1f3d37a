import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { confidenceEnum, keyColumn, slugCheck, timestamps } from '../../db/columns.js';
import { actors } from '../actors/actors.table.js';
import { sources } from '../sources/sources.table.js';

export const facilityKindEnum = pgEnum('facility_kind', [
  'air',
  'naval',
  'ground',
  'logistics',
  'intelligence',
]);
export const facilityStatusEnum = pgEnum('facility_status', [
  'active',
  'contested',
  'negotiating',
  'agreed',
  'suspended',
  'withdrawn',
  'lost',
]);

export const facilities = pgTable(
  'facilities',
  {
    id: serial('id').primaryKey(),
    key: keyColumn(),
    name: text('name').notNull(),
    hostCode: text('host_code')
      .notNull()
      .references(() => actors.code),
    operatorCode: text('operator_code')
      .notNull()
      .references(() => actors.code),
    kind: facilityKindEnum('kind').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    description: text('description').notNull(),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    check('facilities_key_slug', slugCheck('key')),
    check('facilities_latitude_range', sql`${table.latitude} BETWEEN -90 AND 90`),
    check('facilities_longitude_range', sql`${table.longitude} BETWEEN -180 AND 180`),
    check('facilities_foreign_operator', sql`${table.hostCode} <> ${table.operatorCode}`),
    index('facilities_host_idx').on(table.hostCode),
    index('facilities_operator_idx').on(table.operatorCode),
    index('facilities_kind_idx').on(table.kind),
  ],
);

/**
 * A facility's status over valid time: [valid_from, valid_to), open-ended when valid_to is null.
 * Periods of one facility never overlap (an exclusion constraint in a hand-written migration).
 */
export const facilityStatuses = pgTable(
  'facility_statuses',
  {
    id: serial('id').primaryKey(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    status: facilityStatusEnum('status').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    check(
      'facility_statuses_valid_range',
      sql`${table.validTo} IS NULL OR ${table.validTo} > ${table.validFrom}`,
    ),
    unique('facility_statuses_facility_from').on(table.facilityId, table.validFrom),
    index('facility_statuses_status_idx').on(table.status),
  ],
);

export const facilitySources = pgTable(
  'facility_sources',
  {
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.facilityId, table.sourceId] }),
    index('facility_sources_source_idx').on(table.sourceId),
  ],
);

export const facilityStatusSources = pgTable(
  'facility_status_sources',
  {
    facilityStatusId: integer('facility_status_id')
      .notNull()
      .references(() => facilityStatuses.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.facilityStatusId, table.sourceId] }),
    index('facility_status_sources_source_idx').on(table.sourceId),
  ],
);
