import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import { findMemberships, findRegionsBySlugs, type RegionRow } from './regions.repository.js';

export function createRegionLoaders(db: Database) {
  return {
    regionBySlug: new DataLoader<string, RegionRow | null>(async (slugs) => {
      const rows = await findRegionsBySlugs(db, slugs);
      const bySlug = new Map(rows.map((row) => [row.slug, row]));
      return slugs.map((slug) => bySlug.get(slug) ?? null);
    }),
    memberCodesByRegion: new DataLoader<string, string[]>(async (slugs) => {
      const grouped = groupBy(await findMemberships(db, { regionSlugs: slugs }), (row) => row.regionSlug);
      return slugs.map((slug) => (grouped.get(slug) ?? []).map((row) => row.actorCode));
    }),
    regionSlugsByActor: new DataLoader<string, string[]>(async (codes) => {
      const grouped = groupBy(await findMemberships(db, { actorCodes: codes }), (row) => row.actorCode);
      return codes.map((code) => (grouped.get(code) ?? []).map((row) => row.regionSlug));
    }),
  };
}
