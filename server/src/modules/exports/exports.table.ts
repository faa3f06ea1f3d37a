import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';
import { savedQueries } from '../queries/saved-queries.table.js';
import type { ExportFileRecord, RunDefinition } from './exports.model.js';

export const exportTargetEnum = pgEnum('export_target', ['saved_query', 'full_dataset']);
export const exportFormatEnum = pgEnum('export_format', ['csv', 'json', 'ndjson']);
export const exportRunStatusEnum = pgEnum('export_run_status', ['queued', 'running', 'succeeded', 'failed']);
export const exportRunTriggerEnum = pgEnum('export_run_trigger', ['schedule', 'manual']);

/** What to export, when (cron in an IANA zone), in which formats, and how long to keep it. */
export const exportSchedules = pgTable(
  'export_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    target: exportTargetEnum('target').notNull(),
    // A saved query in use cannot be deleted from under its schedules.
    savedQueryId: uuid('saved_query_id').references(() => savedQueries.id, { onDelete: 'restrict' }),
    /** Merged over the saved query's own variables. */
    variables: jsonb('variables').$type<Record<string, unknown>>().notNull().default({}),
    cron: text('cron').notNull(),
    timeZone: text('time_zone').notNull(),
    formats: exportFormatEnum('formats').array().notNull(),
    keepLast: integer('keep_last'),
    maxAgeDays: integer('max_age_days'),
    enabled: boolean('enabled').notNull().default(true),
    webhookUrl: text('webhook_url'),
    /** The next tick to fire; null while disabled. */
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    author: text('author'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (table) => [
    check('export_schedules_name_length', sql`char_length(${table.name}) BETWEEN 1 AND 200`),
    check(
      'export_schedules_target_query',
      sql`(${table.target} = 'saved_query') = (${table.savedQueryId} IS NOT NULL)`,
    ),
    check('export_schedules_formats_given', sql`cardinality(${table.formats}) >= 1`),
    check('export_schedules_keep_last_positive', sql`${table.keepLast} IS NULL OR ${table.keepLast} > 0`),
    check('export_schedules_max_age_positive', sql`${table.maxAgeDays} IS NULL OR ${table.maxAgeDays} > 0`),
    check('export_schedules_variables_object', sql`jsonb_typeof(${table.variables}) = 'object'`),
    index('export_schedules_due_idx')
      .on(table.nextRunAt)
      .where(sql`${table.enabled}`),
    index('export_schedules_saved_query_idx').on(table.savedQueryId),
  ],
);

/**
 * One execution of a schedule; its pg-boss job has the same id. A tick creates at most one run (unique schedule + scheduled time);
 * a finished run never changes again (trigger in migration 0005), only retention deletes it.
 */
export const exportRuns = pgTable(
  'export_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => exportSchedules.id, { onDelete: 'cascade' }),
    trigger: exportRunTriggerEnum('trigger').notNull(),
    /** The cron tick this run is for; null for "run now". */
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    status: exportRunStatusEnum('status').notNull().default('queued'),
    attempt: integer('attempt').notNull().default(0),
    /** The schedule as it was when the run was queued, so later edits do not change it. */
    definition: jsonb('definition').$type<RunDefinition>().notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    rows: bigint('rows', { mode: 'number' }),
    bytes: bigint('bytes', { mode: 'number' }),
    error: text('error'),
    files: jsonb('files').$type<ExportFileRecord[]>().notNull().default([]),
    /** When the snapshot transaction started (database time): the data is as of this instant. */
    snapshotAt: timestamp('snapshot_at', { withTimezone: true }),
    dataVersion: bigint('data_version', { mode: 'number' }),
    methodologyVersion: integer('methodology_version'),
    ...timestamps,
  },
  (table) => [
    unique('export_runs_one_per_tick').on(table.scheduleId, table.scheduledFor),
    check('export_runs_attempt_non_negative', sql`${table.attempt} >= 0`),
    index('export_runs_schedule_idx').on(table.scheduleId, table.queuedAt),
    index('export_runs_status_idx').on(table.status),
  ],
);
