import type { Database } from '../../db/client.js';
import { given, optionalText, parseActorCode, parseActorCodes } from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { todayUtc } from '../../lib/dates.js';
import { assertKnownActors } from '../actors/actors.service.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import {
  countFacilities,
  findFacilitiesByKeys,
  listFacilities,
  type FacilityFilter,
  type FacilityRow,
} from './facilities.repository.js';
import { FacilityOrderField, type FacilitiesArgs } from './facilities.types.js';

export async function getFacilitiesConnection(
  db: Database,
  args: FacilitiesArgs,
): Promise<ConnectionResult<FacilityRow>> {
  const page = toPage(args);
  const asOf = args.asOf ?? todayUtc();
  const filter = await toFacilityFilter(db, args.where ?? {});
  const sort = args.orderBy ?? { field: FacilityOrderField.NAME, direction: SortDirection.ASC };
  const rows = await listFacilities(db, asOf, filter, sort, page);
  return toConnection(rows, page, () => countFacilities(db, asOf, filter));
}

export async function getFacility(
  db: Database,
  key: string,
  asOf: string | null | undefined,
): Promise<FacilityRow | null> {
  const [row] = await findFacilitiesByKeys(db, asOf ?? todayUtc(), [key]);
  return row ?? null;
}

async function toFacilityFilter(
  db: Database,
  where: NonNullable<FacilitiesArgs['where']>,
): Promise<FacilityFilter> {
  const operators = where.operator ? parseActorCodes('where.operator', where.operator) : undefined;
  const hostText = optionalText(where.host);
  const host = hostText ? parseActorCode('where.host', hostText) : undefined;
  const region = optionalText(where.region);
  if (region) await assertKnownRegion(db, 'where.region', region);
  await assertKnownActors(db, [
    ...(operators ?? []).map((code, index) => ({ field: `where.operator[${index}]`, code })),
    ...(host ? [{ field: 'where.host', code: host }] : []),
  ]);
  return { region, operators, host, kinds: given(where.kind), statuses: given(where.status) };
}
