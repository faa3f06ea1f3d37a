import type { Database } from '../../db/client.js';
import { given, optionalText } from '../../graphql/arguments.js';
import { badUserInput } from '../../graphql/errors.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import {
  countActors,
  findExistingActorCodes,
  listActors,
  listPowers,
  type ActorRow,
} from './actors.repository.js';
import { ActorOrderField, type ActorsArgs } from './actors.types.js';
import { SortDirection } from '../../graphql/common.types.js';

export async function getActorsConnection(
  db: Database,
  args: ActorsArgs,
): Promise<ConnectionResult<ActorRow>> {
  const page = toPage(args);
  const where = args.where ?? {};
  const region = optionalText(where.region);
  if (region) await assertKnownRegion(db, 'where.region', region);
  const filter = {
    kind: given(where.kind),
    region,
    isPower: given(where.isPower),
    search: optionalText(where.search),
  };
  const sort = {
    field: args.orderBy?.field ?? ActorOrderField.NAME,
    direction: args.orderBy?.direction ?? SortDirection.ASC,
  };
  const rows = await listActors(db, filter, sort, page);
  return toConnection(rows, page, () => countActors(db, filter));
}

export function getPowers(db: Database) {
  return listPowers(db);
}

/** Fails with BAD_USER_INPUT naming the first argument whose actor code is unknown. */
export async function assertKnownActors(
  db: Database,
  references: { field: string; code: string }[],
): Promise<void> {
  if (references.length === 0) return;
  const known = await findExistingActorCodes(db, [...new Set(references.map((reference) => reference.code))]);
  const unknown = references.find((reference) => !known.has(reference.code));
  if (unknown) throw badUserInput(unknown.field, `no actor has the code "${unknown.code}"`);
}
