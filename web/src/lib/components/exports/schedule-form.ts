import { ApiRequestError } from '../../graphql/client';
import type { CreateExportScheduleInput, ExportFormat, ExportTarget } from '../../graphql/generated/graphql';
import { describeError } from '../../graphql/handle-error';
import type { ScheduleDetail } from './exports';

export const FORMATS: readonly ExportFormat[] = ['CSV', 'JSON', 'NDJSON'];

/** The form as typed: every field a string or flag, so nothing the user entered is lost on an error. */
export interface ScheduleFormValues {
  name: string;
  description: string;
  target: ExportTarget;
  savedQueryId: string;
  variables: string;
  cron: string;
  timeZone: string;
  formats: ExportFormat[];
  keepLast: string;
  maxAgeDays: string;
  enabled: boolean;
  webhookUrl: string;
}

export type FormField = keyof ScheduleFormValues;
export type FieldErrors = Partial<Record<FormField, string>>;

export function emptyForm(): ScheduleFormValues {
  return {
    name: '',
    description: '',
    target: 'FULL_DATASET',
    savedQueryId: '',
    variables: '{}',
    cron: '0 6 * * 1',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    formats: ['CSV', 'JSON'],
    keepLast: '12',
    maxAgeDays: '',
    enabled: true,
    webhookUrl: '',
  };
}

export function formFromSchedule(schedule: ScheduleDetail): ScheduleFormValues {
  return {
    name: schedule.name,
    description: schedule.description,
    target: schedule.target,
    savedQueryId: schedule.savedQuery?.id ?? '',
    variables: JSON.stringify(schedule.variables ?? {}, null, 2),
    cron: schedule.cron,
    timeZone: schedule.timeZone,
    formats: [...schedule.formats],
    keepLast: schedule.keepLast == null ? '' : String(schedule.keepLast),
    maxAgeDays: schedule.maxAgeDays == null ? '' : String(schedule.maxAgeDays),
    enabled: schedule.enabled,
    webhookUrl: schedule.webhookUrl ?? '',
  };
}

/** Checks what the browser can check (the server checks the rest) and builds the API input. */
export function toScheduleInput(
  values: ScheduleFormValues,
): { input: CreateExportScheduleInput; errors: null } | { input: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = 'Give the schedule a name.';
  if (values.formats.length === 0) errors.formats = 'Choose at least one format.';
  if (values.target === 'SAVED_QUERY' && !values.savedQueryId) errors.savedQueryId = 'Choose a saved query.';
  let variables: unknown = undefined;
  if (values.target === 'SAVED_QUERY' && values.variables.trim()) {
    try {
      variables = JSON.parse(values.variables);
      if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
        errors.variables = 'Variables must be a JSON object, like {"region": "mena"}.';
      }
    } catch (error) {
      errors.variables = `Variables are not valid JSON: ${(error as Error).message}`;
    }
  }
  const keepLast = readWholeNumber(values.keepLast);
  if (keepLast === undefined) errors.keepLast = 'A whole number, or empty to keep every run.';
  const maxAgeDays = readWholeNumber(values.maxAgeDays);
  if (maxAgeDays === undefined) errors.maxAgeDays = 'A whole number of days, or empty to keep runs forever.';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: {
      name: values.name.trim(),
      description: values.description,
      target: values.target,
      savedQueryId: values.target === 'SAVED_QUERY' ? values.savedQueryId : null,
      variables: values.target === 'SAVED_QUERY' ? (variables ?? {}) : null,
      cron: values.cron.trim(),
      timeZone: values.timeZone.trim(),
      formats: FORMATS.filter((format) => values.formats.includes(format)),
      keepLast,
      maxAgeDays,
      enabled: values.enabled,
      webhookUrl: values.webhookUrl.trim() || null,
    },
  };
}

/** Empty → null; a whole number → the number; anything else → undefined (invalid). */
function readWholeNumber(text: string): number | null | undefined {
  if (!text.trim()) return null;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const FIELD_NAMES: Record<string, FormField> = {
  name: 'name',
  description: 'description',
  cron: 'cron',
  timeZone: 'timeZone',
  formats: 'formats',
  keepLast: 'keepLast',
  maxAgeDays: 'maxAgeDays',
  webhookUrl: 'webhookUrl',
  savedQueryId: 'savedQueryId',
  variables: 'variables',
  target: 'target',
};

/**
 * The form field a BAD_USER_INPUT error is about. The server names it in `extensions.field`, but the
 * shared client keeps only message and code, so it is read from the message: `Invalid argument "input.cron": …`.
 */
export function fieldOfError(message: string): FormField | null {
  const match = /^Invalid argument "([^"]+)"/.exec(message);
  const name = match?.[1]?.split('.').pop();
  return name ? (FIELD_NAMES[name] ?? null) : null;
}

export interface SaveFailure {
  fields: FieldErrors;
  /** A message for the whole form (conflict, network, an error without a field). */
  form: string | null;
  conflict: boolean;
}

export function describeSaveError(error: unknown): SaveFailure {
  if (!(error instanceof ApiRequestError)) return { fields: {}, form: describeError(error), conflict: false };
  if (error.errors.some((item) => item.code === 'CONFLICT')) {
    return {
      fields: {},
      form: 'This schedule was changed by someone else — reload it to see their version. Your edits are still in the form.',
      conflict: true,
    };
  }
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const item of error.errors) {
    const field = item.code === 'BAD_USER_INPUT' ? fieldOfError(item.message) : null;
    if (field) fields[field] = item.message;
    else
      rest.push(item.code === 'BAD_USER_INPUT' ? item.message : describeError(new ApiRequestError([item])));
  }
  return { fields, form: rest.length > 0 ? rest.join(' ') : null, conflict: false };
}

const DAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

/** Common crons in words ("Mondays at 06:00"); null for anything less plain. */
export function describeCron(cron: string): string | null {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) return null;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parts as [string, string, string, string, string];
  if (!/^\d{1,2}$/.test(minute) || !/^\d{1,2}$/.test(hour) || month !== '*') return null;
  const time = `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  if (dayOfMonth === '*' && dayOfWeek === '*') return `Every day at ${time}`;
  if (dayOfMonth === '*' && dayOfWeek === '1-5') return `Weekdays at ${time}`;
  if (dayOfMonth === '*' && /^[0-7]$/.test(dayOfWeek)) return `${DAYS[Number(dayOfWeek) % 7]} at ${time}`;
  if (/^\d{1,2}$/.test(dayOfMonth) && dayOfWeek === '*') return `Day ${dayOfMonth} of every month at ${time}`;
  return null;
}

/** An instant in the schedule's own zone: "Mon 30 Nov 2026, 06:00 CET". */
export function formatInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** An instant in the reader's zone, for run times. */
export function formatLocal(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
