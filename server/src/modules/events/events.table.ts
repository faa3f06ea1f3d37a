import { check, date, index, integer, pgEnum, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { confidenceEnum, keyColumn, slugCheck, timestamps } from '../../db/columns.js';
import { actors } from '../actors/actors.table.js';
import { regions } from '../regions/regions.table.js';
import { sources } from '../sources/sources.table.js';

export const eventKindEnum = pgEnum('event_kind', [
  'state_visit',
  'meeting',
  'agreement',
  'extradition_request',
  'military',
  'diplomatic',
  'sanctions',
  'other',
]);

export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    key: keyColumn(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    kind: eventKindEnum('kind').notNull(),
    description: text('description').notNull(),
    confidence: confidenceEnum('confidence').notNull(),
    ...timestamps,
  },
  (table) => [
    check('events_key_slug', slugCheck('key')),
    index('events_occurred_on_idx').on(table.occurredOn),
    index('events_kind_idx').on(table.kind),
  ],
);

export const eventActors = pgTable(
  'event_actors',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    actorCode: text('actor_code')
      .notNull()
      .references(() => actors.code),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.actorCode] }),
    index('event_actors_actor_idx').on(table.actorCode),
  ],
);

export const eventRegions = pgTable(
  'event_regions',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    regionSlug: text('region_slug')
      .notNull()
      .references(() => regions.slug),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.regionSlug] }),
    index('event_regions_region_idx').on(table.regionSlug),
  ],
);

export const eventSources = pgTable(
  'event_sources',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.sourceId] }),
    index('event_sources_source_idx').on(table.sourceId),
  ],
);
