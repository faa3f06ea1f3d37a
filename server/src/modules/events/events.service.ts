import type { Database } from '../../db/client.js';
import { checkRange, given, optionalText, parseActorCode } from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { assertKnownActors } from '../actors/actors.service.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import { countEvents, listEvents, type EventFilter, type EventRow } from './events.repository.js';
import { EventOrderField, type EventsArgs } from './events.types.js';

export async function getEventsConnection(
  db: Database,
  args: EventsArgs,
): Promise<ConnectionResult<EventRow>> {
  const page = toPage(args);
  const filter = await toEventFilter(db, args.where ?? {});
  const sort = args.orderBy ?? { field: EventOrderField.DATE, direction: SortDirection.DESC };
  const rows = await listEvents(db, filter, sort, page);
  return toConnection(rows, page, () => countEvents(db, filter));
}

async function toEventFilter(db: Database, where: NonNullable<EventsArgs['where']>): Promise<EventFilter> {
  checkRange('where.from', where.from, where.to);
  const actorText = optionalText(where.actor);
  const actor = actorText ? parseActorCode('where.actor', actorText) : undefined;
  const region = optionalText(where.region);
  if (region) await assertKnownRegion(db, 'where.region', region);
  if (actor) await assertKnownActors(db, [{ field: 'where.actor', code: actor }]);
  return { region, actor, kinds: given(where.kind), from: given(where.from), to: given(where.to) };
}
