import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';

export const SAVED_QUERY_NAME_MAX = 200;
export const SAVED_QUERY_DOCUMENT_MAX = 20_000;

/** GraphQL documents users keep, share and export; `version` guards concurrent edits. */
export const savedQueries = pgTable(
  'saved_queries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    document: text('document').notNull(),
    variables: jsonb('variables').$type<Record<string, unknown>>().notNull().default({}),
    // Null until API tokens say who is writing.
    author: text('author'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (table) => [
    check(
      'saved_queries_name_length',
      sql`char_length(${table.name}) BETWEEN 1 AND ${sql.raw(String(SAVED_QUERY_NAME_MAX))}`,
    ),
    check(
      'saved_queries_document_length',
      sql`char_length(${table.document}) BETWEEN 1 AND ${sql.raw(String(SAVED_QUERY_DOCUMENT_MAX))}`,
    ),
    check('saved_queries_variables_object', sql`jsonb_typeof(${table.variables}) = 'object'`),
    index('saved_queries_name_idx').on(table.name),
    index('saved_queries_updated_at_idx').on(table.updatedAt),
  ],
);
