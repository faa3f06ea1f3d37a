import type { GraphQLSchema } from 'graphql';
import type { Database } from '../../db/client.js';
import { given, optionalText } from '../../graphql/arguments.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { checkVariables, isJsonObject, parseQueryDocument } from '../queries/query-document.js';
import { getSavedQuery, isUuid, staleVersion } from '../queries/saved-queries.service.js';
import { nextRunTime, nextRunTimes, parseCron, parseTimeZone } from './export-cron.js';
import { removeRunDirs } from './export-files.js';
import { findRunsForSchedule } from './export-runs.service.js';
import {
  countSchedules,
  deleteScheduleRow,
  findSchedulesByIds,
  insertSchedule,
  listSchedules,
  updateSchedule,
  type ScheduleRow,
  type ScheduleValues,
} from './export-schedules.repository.js';
import { EXPORT_FORMATS, type ExportFormatName } from './exports.model.js';
import type { ExportsRuntime } from './exports.runtime.js';
import type {
  CreateExportScheduleInput,
  ExportSchedulesArgs,
  UpdateExportScheduleInput,
} from './exports.types.js';

// Writes are open until API tokens exist (issue: auth): these services are the one place to
// check the viewer's role once it travels in the context.

const MAX_NEXT_RUNS = 50;

export async function getSchedulesConnection(
  db: Database,
  args: ExportSchedulesArgs,
): Promise<ConnectionResult<ScheduleRow>> {
  const page = toPage(args);
  const filter = { search: optionalText(args.where?.search), enabled: given(args.where?.enabled) };
  const rows = await listSchedules(db, filter, page);
  return toConnection(rows, page, () => countSchedules(db, filter));
}

export async function getSchedule(db: Database, id: string): Promise<ScheduleRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await findSchedulesByIds(db, [id]);
  return row ?? null;
}

/** The next `count` ticks from now (none while disabled). */
export function getNextRuns(schedule: ScheduleRow, count: number, now = new Date()): Date[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_NEXT_RUNS)
    throw badUserInput('count', `must be between 0 and ${MAX_NEXT_RUNS}, got ${count}`);
  return schedule.enabled ? nextRunTimes(schedule.cron, schedule.timeZone, now, count) : [];
}

/** Checks a cron and time zone and returns their next ticks, for previews before saving. */
export function previewCron(cron: string, timeZone: string, count: number, now = new Date()): Date[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_NEXT_RUNS)
    throw badUserInput('count', `must be between 1 and ${MAX_NEXT_RUNS}, got ${count}`);
  return nextRunTimes(parseCron('cron', cron), parseTimeZone('timeZone', timeZone), now, count);
}

type ScheduleFields = Required<{
  [K in keyof CreateExportScheduleInput]: NonNullable<CreateExportScheduleInput[K]> | null;
}>;

/** Validates a whole schedule (after merging an update) and computes its next tick. */
async function toScheduleValues(
  db: Database,
  schema: GraphQLSchema,
  input: ScheduleFields,
  now: Date,
): Promise<ScheduleValues> {
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 200)
    throw badUserInput('input.name', `must be 1–200 characters, got ${name.length}`);
  const cron = parseCron('input.cron', input.cron ?? '');
  const timeZone = parseTimeZone('input.timeZone', input.timeZone ?? '');
  const formats = [...new Set(input.formats ?? [])] as ExportFormatName[];
  if (!formats.length)
    throw badUserInput('input.formats', `must list at least one of ${EXPORT_FORMATS.join(', ')}`);
  checkCount('input.keepLast', input.keepLast, 10_000);
  checkCount('input.maxAgeDays', input.maxAgeDays, 36_500);
  const variables = input.variables ?? {};
  if (!isJsonObject(variables)) throw badUserInput('input.variables', 'must be a JSON object');
  let savedQueryId: string | null = null;
  if (input.target === 'saved_query') {
    if (!input.savedQueryId)
      throw badUserInput('input.savedQueryId', 'is required when the target is SAVED_QUERY');
    const savedQuery = await getSavedQuery(db, input.savedQueryId);
    if (!savedQuery)
      throw badUserInput('input.savedQueryId', `no saved query has id "${input.savedQueryId}"`);
    const parsed = parseQueryDocument(schema, savedQuery.document, 'input.savedQueryId');
    checkVariables(schema, parsed, { ...savedQuery.variables, ...variables }, 'input.variables');
    savedQueryId = savedQuery.id;
  } else if (input.savedQueryId) {
    throw badUserInput('input.savedQueryId', 'is only for target SAVED_QUERY');
  }
  const enabled = input.enabled ?? true;
  return {
    name,
    description: input.description?.trim() ?? '',
    target: input.target!,
    savedQueryId,
    variables,
    cron,
    timeZone,
    formats,
    keepLast: input.keepLast,
    maxAgeDays: input.maxAgeDays,
    enabled,
    webhookUrl: parseWebhookUrl(input.webhookUrl),
    nextRunAt: enabled ? nextRunTime(cron, timeZone, now) : null,
  };
}

function checkCount(field: string, value: number | null, max: number): void {
  if (value !== null && (!Number.isInteger(value) || value < 1 || value > max))
    throw badUserInput(field, `must be between 1 and ${max.toLocaleString('en')}, or null`);
}

function parseWebhookUrl(value: string | null): string | null {
  const text = optionalText(value);
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('input.webhookUrl', `is not a URL: "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badUserInput('input.webhookUrl', 'must be an http:// or https:// URL');
  if (text.length > 2000) throw badUserInput('input.webhookUrl', 'must be at most 2,000 characters');
  return url.toString();
}

export async function createSchedule(
  db: Database,
  schema: GraphQLSchema,
  input: CreateExportScheduleInput,
  author: string | null,
): Promise<ScheduleRow> {
  const values = await toScheduleValues(
    db,
    schema,
    {
      name: input.name,
      description: given(input.description) ?? null,
      target: input.target,
      savedQueryId: given(input.savedQueryId) ?? null,
      variables: given(input.variables) ?? null,
      cron: input.cron,
      timeZone: input.timeZone,
      formats: input.formats,
      keepLast: given(input.keepLast) ?? null,
      maxAgeDays: given(input.maxAgeDays) ?? null,
      enabled: given(input.enabled) ?? null,
      webhookUrl: given(input.webhookUrl) ?? null,
    },
    new Date(),
  );
  return insertSchedule(db, values, author);
}

/** Applies the given fields only if nobody changed the schedule since `expectedVersion` (else CONFLICT). */
export async function updateScheduleSettings(
  db: Database,
  schema: GraphQLSchema,
  id: string,
  expectedVersion: number,
  input: UpdateExportScheduleInput,
): Promise<ScheduleRow> {
  const existing = await getSchedule(db, id);
  if (!existing) throw notFound('Export schedule', id);
  if (existing.version !== expectedVersion)
    throw staleVersion('Export schedule', id, expectedVersion, existing.version);
  // Omitted (undefined) keeps the stored value; null clears it.
  const pick = <K extends keyof UpdateExportScheduleInput & keyof ScheduleRow>(key: K) =>
    (input[key] === undefined ? existing[key] : input[key]) as never;
  const target = pick('target') as ScheduleRow['target'];
  const merged: ScheduleFields = {
    name: pick('name'),
    description: pick('description'),
    target: target as never,
    savedQueryId: input.savedQueryId === undefined && target === 'full_dataset' ? null : pick('savedQueryId'),
    variables: pick('variables'),
    cron: pick('cron'),
    timeZone: pick('timeZone'),
    formats: pick('formats'),
    keepLast: pick('keepLast'),
    maxAgeDays: pick('maxAgeDays'),
    enabled: pick('enabled'),
    webhookUrl: pick('webhookUrl'),
  };
  const values = await toScheduleValues(db, schema, merged, new Date());
  const timingUnchanged =
    values.cron === existing.cron &&
    values.timeZone === existing.timeZone &&
    values.enabled === existing.enabled;
  // An edit that leaves the timing alone keeps the pending tick.
  if (timingUnchanged) values.nextRunAt = existing.nextRunAt;
  const updated = await updateSchedule(db, id, expectedVersion, values);
  if (updated) return updated;
  throw staleVersion('Export schedule', id, expectedVersion, (await getSchedule(db, id))?.version);
}

/** Deletes a schedule with its run history and files (a stale `expectedVersion` is refused). */
export async function deleteSchedule(
  db: Database,
  runtime: ExportsRuntime | undefined,
  id: string,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const existing = await getSchedule(db, id);
  if (!existing) throw notFound('Export schedule', id);
  if (expectedVersion !== undefined && existing.version !== expectedVersion)
    throw staleVersion('Export schedule', id, expectedVersion, existing.version);
  const runIds = await findRunsForSchedule(db, id);
  if (!(await deleteScheduleRow(db, id, expectedVersion)))
    throw staleVersion(
      'Export schedule',
      id,
      expectedVersion ?? existing.version,
      (await getSchedule(db, id))?.version,
    );
  // Files of runs deleted here; anything missed is swept as orphaned by the worker's upkeep.
  if (runtime) await removeRunDirs(runtime.dir, runIds);
  return true;
}
