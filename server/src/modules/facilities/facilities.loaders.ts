import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import { findTimelines, type StatusPeriodRow } from './facilities.repository.js';

export function createFacilityLoaders(db: Database) {
  return {
    timelineByFacility: new DataLoader<number, StatusPeriodRow[]>(async (ids) => {
      const grouped = groupBy(await findTimelines(db, ids), (row) => row.facilityRowId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}
