import { sql } from 'drizzle-orm';
import {
  check,
  date,
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
import { regions } from '../regions/regions.table.js';
import { sources } from '../sources/sources.table.js';

export const summitStatusEnum = pgEnum('summit_status', ['planned', 'held', 'postponed', 'cancelled']);
export const participantStatusEnum = pgEnum('participant_status', [
  'attended',
  'declined',
  'absent',
  'not_invited',
]);
export const participantLevelEnum = pgEnum('participant_level', [
  'head_of_state',
  'head_of_government',
  'minister',
  'envoy',
  'official',
]);

export const summits = pgTable(
  'summits',
  {
    id: serial('id').primaryKey(),
    key: keyColumn(),
    name: text('name').notNull(),
    hostCode: text('host_code').references(() => actors.code),
    city: text('city'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: summitStatusEnum('status').notNull(),
    description: text('description').notNull(),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    check('summits_key_slug', slugCheck('key')),
    check('summits_date_range', sql`${table.endDate} >= ${table.startDate}`),
    index('summits_start_date_idx').on(table.startDate),
    // `where.from` matches summits still running on that day.
    index('summits_end_date_idx').on(table.endDate),
    index('summits_status_idx').on(table.status),
    index('summits_host_idx').on(table.hostCode),
  ],
);

export const summitConveners = pgTable(
  'summit_conveners',
  {
    summitId: integer('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    actorCode: text('actor_code')
      .notNull()
      .references(() => actors.code),
  },
  (table) => [
    primaryKey({ columns: [table.summitId, table.actorCode] }),
    index('summit_conveners_actor_idx').on(table.actorCode),
  ],
);

export const summitRegions = pgTable(
  'summit_regions',
  {
    summitId: integer('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    regionSlug: text('region_slug')
      .notNull()
      .references(() => regions.slug),
  },
  (table) => [
    primaryKey({ columns: [table.summitId, table.regionSlug] }),
    index('summit_regions_region_idx').on(table.regionSlug),
  ],
);

export const summitParticipants = pgTable(
  'summit_participants',
  {
    id: serial('id').primaryKey(),
    summitId: integer('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    actorCode: text('actor_code')
      .notNull()
      .references(() => actors.code),
    status: participantStatusEnum('status').notNull(),
    level: participantLevelEnum('level'),
    note: text('note'),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    unique('summit_participants_summit_actor').on(table.summitId, table.actorCode),
    // Only an attending delegation has a level of representation.
    check(
      'summit_participants_level_only_when_attended',
      sql`${table.level} IS NULL OR ${table.status} = 'attended'`,
    ),
    index('summit_participants_actor_idx').on(table.actorCode),
    index('summit_participants_status_idx').on(table.status),
  ],
);

export const summitSources = pgTable(
  'summit_sources',
  {
    summitId: integer('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.summitId, table.sourceId] }),
    index('summit_sources_source_idx').on(table.sourceId),
  ],
);

export const summitParticipantSources = pgTable(
  'summit_participant_sources',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => summitParticipants.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.participantId, table.sourceId] }),
    index('summit_participant_sources_source_idx').on(table.sourceId),
  ],
);
