import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { actors } from '../actors/actors.table.js';
import { regions } from '../regions/regions.table.js';
import type { MethodologyParameters } from './methodology.js';

export const granularityEnum = pgEnum('granularity', ['month', 'quarter', 'year']);

/** Published methodologies; a row never changes once written, so old scores stay reproducible. */
export const methodologyVersions = pgTable(
  'methodology_versions',
  {
    version: integer('version').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    parameters: jsonb('parameters').$type<MethodologyParameters>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('methodology_versions_positive', sql`${table.version} > 0`)],
);

/**
 * Precomputed standing per methodology version × region × granularity × period × power.
 * Sub-indices are 0–100 across the tracked powers; null means no evidence, never 0.
 */
export const standingScores = pgTable(
  'standing_scores',
  {
    methodologyVersion: integer('methodology_version')
      .notNull()
      .references(() => methodologyVersions.version),
    regionSlug: text('region_slug')
      .notNull()
      .references(() => regions.slug, { onDelete: 'cascade' }),
    granularity: granularityEnum('granularity').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    powerCode: text('power_code')
      .notNull()
      .references(() => actors.code),
    summitsRaw: doublePrecision('summits_raw'),
    basesRaw: doublePrecision('bases_raw'),
    armsRaw: doublePrecision('arms_raw'),
    summits: doublePrecision('summits'),
    bases: doublePrecision('bases'),
    arms: doublePrecision('arms'),
    composite: doublePrecision('composite'),
    rank: smallint('rank'),
    change: doublePrecision('change'),
  },
  (table) => [
    primaryKey({
      columns: [
        table.methodologyVersion,
        table.regionSlug,
        table.granularity,
        table.periodStart,
        table.powerCode,
      ],
    }),
    check(
      'standing_scores_in_range',
      sql`coalesce(${table.summits}, 0) BETWEEN 0 AND 100 AND coalesce(${table.bases}, 0) BETWEEN 0 AND 100
        AND coalesce(${table.arms}, 0) BETWEEN 0 AND 100 AND coalesce(${table.composite}, 0) BETWEEN 0 AND 100`,
    ),
    index('standing_scores_power_idx').on(table.powerCode),
  ],
);

/** Bumped by statement triggers on every evidence table (see the hand-written migration). */
export const dataVersion = pgTable(
  'data_version',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('data_version_single_row', sql`${table.id} = 1`)],
);

/** Which data version the stored scores were computed from; written only by a recompute. */
export const standingsComputed = pgTable(
  'standings_computed',
  {
    id: smallint('id').primaryKey().default(1),
    dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [check('standings_computed_single_row', sql`${table.id} = 1`)],
);
