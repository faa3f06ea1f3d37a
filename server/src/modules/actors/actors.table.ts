import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';

export const actorKindEnum = pgEnum('actor_kind', ['state', 'organisation']);

export const actors = pgTable(
  'actors',
  {
    /** ISO 3166-1 alpha-3 for states; X-prefixed user-assigned codes for organisations. */
    code: text('code').primaryKey(),
    name: text('name').notNull().unique(),
    kind: actorKindEnum('kind').notNull(),
    ...timestamps,
  },
  (table) => [
    check('actors_code_format', sql`${table.code} ~ '^[A-Z]{3}$'`),
    index('actors_kind_idx').on(table.kind),
  ],
);

/** The powers whose standing Clout tracks; extensible by inserting rows. */
export const powers = pgTable(
  'powers',
  {
    actorCode: text('actor_code')
      .primaryKey()
      .references(() => actors.code),
    colour: text('colour').notNull(),
    displayOrder: integer('display_order').notNull().unique(),
  },
  (table) => [check('powers_colour_hex', sql`${table.colour} ~ '^#[0-9A-Fa-f]{6}$'`)],
);
