import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { slugCheck, timestamps } from '../../db/columns.js';
import { actors } from '../actors/actors.table.js';

export const regions = pgTable(
  'regions',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull().unique(),
    description: text('description').notNull(),
    ...timestamps,
  },
  () => [check('regions_slug_format', slugCheck('slug'))],
);

export const regionMembers = pgTable(
  'region_members',
  {
    regionSlug: text('region_slug')
      .notNull()
      .references(() => regions.slug, { onDelete: 'cascade' }),
    actorCode: text('actor_code')
      .notNull()
      .references(() => actors.code),
  },
  (table) => [
    primaryKey({ columns: [table.regionSlug, table.actorCode] }),
    index('region_members_actor_idx').on(table.actorCode),
  ],
);
