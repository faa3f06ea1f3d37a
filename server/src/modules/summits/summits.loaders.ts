import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import {
  findConveners,
  findParticipants,
  findSummitRegions,
  findSummitsByKeys,
  type ParticipantRow,
  type SummitRow,
} from './summits.repository.js';

export function createSummitLoaders(db: Database) {
  return {
    summitByKey: new DataLoader<string, SummitRow | null>(async (keys) => {
      const byKey = new Map((await findSummitsByKeys(db, keys)).map((row) => [row.id, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    participantsBySummit: new DataLoader<number, ParticipantRow[]>(async (ids) => {
      const grouped = groupBy(await findParticipants(db, ids), (row) => row.summitRowId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    convenerCodesBySummit: new DataLoader<number, string[]>(async (ids) => {
      const grouped = groupBy(await findConveners(db, ids), (row) => row.summitRowId);
      return ids.map((id) => (grouped.get(id) ?? []).map((row) => row.actorCode));
    }),
    regionSlugsBySummit: new DataLoader<number, string[]>(async (ids) => {
      const grouped = groupBy(await findSummitRegions(db, ids), (row) => row.summitRowId);
      return ids.map((id) => (grouped.get(id) ?? []).map((row) => row.regionSlug));
    }),
  };
}
