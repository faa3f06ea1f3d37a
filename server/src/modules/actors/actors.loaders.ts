import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { findActorsByCodes, type ActorRow } from './actors.repository.js';

export function createActorLoaders(db: Database) {
  return {
    actorByCode: new DataLoader<string, ActorRow | null>(async (codes) => {
      const rows = await findActorsByCodes(db, codes);
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}
