import { request } from '../../graphql/client';
import {
  CreateExportScheduleDocument,
  DeleteExportScheduleDocument,
  ExportCronPreviewDocument,
  ExportRunDiffDocument,
  ExportRunDocument,
  ExportScheduleDocument,
  ExportSchedulesDocument,
  RunExportNowDocument,
  SavedQueriesDocument,
  UpdateExportScheduleDocument,
  type CreateExportScheduleInput,
  type ExportRunDiffQuery,
  type ExportRunQuery,
  type ExportScheduleQuery,
  type ExportSchedulesQuery,
  type SavedQueriesQuery,
  type UpdateExportScheduleInput,
} from '../../graphql/generated/graphql';
import { collectPages } from '../../graphql/pages';

export type ScheduleRow = ExportSchedulesQuery['exportSchedules']['nodes'][number];
export type ScheduleDetail = NonNullable<ExportScheduleQuery['exportSchedule']>;
export type RunRow = ScheduleDetail['runs']['nodes'][number];
export type RunDetail = NonNullable<ExportRunQuery['exportRun']>;
export type ResourceDiff = ExportRunDiffQuery['exportRunDiff']['resources'][number];
export type SavedQueryOption = SavedQueriesQuery['savedQueries']['nodes'][number];

export function loadSchedules(): Promise<ScheduleRow[]> {
  return collectPages(async (after) => (await request(ExportSchedulesDocument, { after })).exportSchedules);
}

export async function loadSchedule(id: string): Promise<ScheduleDetail | null> {
  return (await request(ExportScheduleDocument, { id })).exportSchedule ?? null;
}

export async function loadRun(id: string): Promise<RunDetail | null> {
  return (await request(ExportRunDocument, { id })).exportRun ?? null;
}

export async function loadRunDiff(query: { runId: string; baseRunId: string }): Promise<ResourceDiff[]> {
  return (await request(ExportRunDiffDocument, query)).exportRunDiff.resources;
}

export async function previewCron(cron: string, timeZone: string): Promise<string[]> {
  return (await request(ExportCronPreviewDocument, { cron, timeZone })).exportCronPreview;
}

export function loadSavedQueries(): Promise<SavedQueryOption[]> {
  return collectPages(async (after) => (await request(SavedQueriesDocument, { after })).savedQueries);
}

export async function createSchedule(input: CreateExportScheduleInput): Promise<string> {
  return (await request(CreateExportScheduleDocument, { input })).createExportSchedule.id;
}

export async function updateSchedule(
  id: string,
  expectedVersion: number,
  input: UpdateExportScheduleInput,
): Promise<void> {
  await request(UpdateExportScheduleDocument, { id, expectedVersion, input });
}

export async function deleteSchedule(id: string, expectedVersion: number): Promise<void> {
  await request(DeleteExportScheduleDocument, { id, expectedVersion });
}

export async function runNow(id: string): Promise<string> {
  return (await request(RunExportNowDocument, { id })).runExportNow.id;
}
