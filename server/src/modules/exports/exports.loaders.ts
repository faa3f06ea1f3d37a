import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { findSavedQueriesByIds, type SavedQueryRow } from '../queries/saved-queries.repository.js';
import { findLastRuns, type RunRow } from './export-runs.repository.js';
import { findSchedulesByIds, type ScheduleRow } from './export-schedules.repository.js';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function createExportLoaders(db: Database) {
  return {
    savedQueryById: byId<SavedQueryRow>((ids) => findSavedQueriesByIds(db, ids)),
    exportScheduleById: byId<ScheduleRow>((ids) => findSchedulesByIds(db, ids)),
    lastExportRunBySchedule: new DataLoader<string, RunRow | null>(async (ids) => {
      const rows = new Map((await findLastRuns(db, ids)).map((row) => [row.scheduleId, row]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
