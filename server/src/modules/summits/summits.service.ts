import type { Database } from '../../db/client.js';
import { checkRange, given, optionalText, parseActorCode } from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { badUserInput } from '../../graphql/errors.js';
import { assertKnownActors } from '../actors/actors.service.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import { countSummits, listSummits, type SummitFilter, type SummitRow } from './summits.repository.js';
import { SummitOrderField, type SummitsArgs } from './summits.types.js';

export async function getSummitsConnection(
  db: Database,
  args: SummitsArgs,
): Promise<ConnectionResult<SummitRow>> {
  const page = toPage(args);
  const filter = await toSummitFilter(db, args.where ?? {});
  const sort = args.orderBy ?? { field: SummitOrderField.START_DATE, direction: SortDirection.DESC };
  const rows = await listSummits(db, filter, sort, page);
  return toConnection(rows, page, () => countSummits(db, filter));
}

async function toSummitFilter(db: Database, where: NonNullable<SummitsArgs['where']>): Promise<SummitFilter> {
  checkRange('where.from', where.from, where.to);
  const codeArgument = (field: 'actor' | 'convener' | 'host') => {
    const text = optionalText(where[field]);
    return text ? { field: `where.${field}`, code: parseActorCode(`where.${field}`, text) } : undefined;
  };
  const actor = codeArgument('actor');
  const convener = codeArgument('convener');
  const host = codeArgument('host');
  if (where.actorStatus && !actor)
    throw badUserInput('where.actorStatus', 'needs `actor` to say whose status to match');
  const region = optionalText(where.region);
  if (region) await assertKnownRegion(db, 'where.region', region);
  await assertKnownActors(
    db,
    [actor, convener, host].filter((reference) => reference !== undefined),
  );
  return {
    region,
    actor: actor?.code,
    actorStatus: given(where.actorStatus),
    convener: convener?.code,
    host: host?.code,
    statuses: given(where.status),
    from: given(where.from),
    to: given(where.to),
  };
}
