import { sql } from 'drizzle-orm';
import { pgEnum, text, timestamp } from 'drizzle-orm/pg-core';

export const confidenceEnum = pgEnum('confidence', ['high', 'medium', 'low']);

/** Stable public identifier used as the GraphQL ID; lower-case slug. */
export const keyColumn = () => text('key').notNull().unique();

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const slugCheck = (column: string) => sql.raw(`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`);
