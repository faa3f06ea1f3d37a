import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import { findEventActors, findEventRegions } from './events.repository.js';

export function createEventLoaders(db: Database) {
  return {
    actorCodesByEvent: new DataLoader<number, string[]>(async (ids) => {
      const grouped = groupBy(await findEventActors(db, ids), (row) => row.eventRowId);
      return ids.map((id) => (grouped.get(id) ?? []).map((row) => row.actorCode));
    }),
    regionSlugsByEvent: new DataLoader<number, string[]>(async (ids) => {
      const grouped = groupBy(await findEventRegions(db, ids), (row) => row.eventRowId);
      return ids.map((id) => (grouped.get(id) ?? []).map((row) => row.regionSlug));
    }),
  };
}
