import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { keyColumn, slugCheck, timestamps } from '../../db/columns.js';

export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    key: keyColumn(),
    url: text('url').notNull().unique(),
    publisher: text('publisher').notNull(),
    title: text('title').notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
    accessedOn: date('accessed_on', { mode: 'string' }).notNull(),
    ...timestamps,
  },
  (table) => [
    check('sources_key_slug', slugCheck('key')),
    check('sources_url_http', sql`${table.url} ~ '^https?://'`),
    check(
      'sources_published_before_accessed',
      sql`${table.publishedOn} IS NULL OR ${table.publishedOn} <= ${table.accessedOn}`,
    ),
    index('sources_publisher_idx').on(table.publisher),
    index('sources_published_on_idx').on(table.publishedOn),
  ],
);
