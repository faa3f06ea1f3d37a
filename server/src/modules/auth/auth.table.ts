import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('api_role', ['viewer', 'editor', 'admin']);

/** Bearer tokens for the API. Only a SHA-256 of each token is stored; the token is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters, to recognise a token in lists without revealing it. */
    tokenPrefix: text('token_prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    check('api_tokens_name_not_blank', sql`length(trim(${table.name})) > 0`),
    check('api_tokens_hash_hex', sql`${table.tokenHash} ~ '^[0-9a-f]{64}$'`),
    index('api_tokens_active_idx').on(table.revokedAt),
  ],
);
