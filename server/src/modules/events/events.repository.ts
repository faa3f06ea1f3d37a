import { and, asc, count, desc, eq, exists, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Page } from '../../graphql/connection.js';
import { eventActors, eventRegions, events } from './events.table.js';

type EventSelect = typeof events.$inferSelect;

export interface EventRow {
  rowId: number;
  id: string;
  date: string;
  title: string;
  kind: EventSelect['kind'];
  description: string;
  confidence: EventSelect['confidence'];
}

export interface EventFilter {
  region?: string;
  actor?: string;
  kinds?: EventSelect['kind'][];
  from?: string;
  to?: string;
}

export interface EventSort {
  field: 'date' | 'title';
  direction: 'asc' | 'desc';
}

const eventColumns = {
  rowId: events.id,
  id: events.key,
  date: events.occurredOn,
  title: events.title,
  kind: events.kind,
  description: events.description,
  confidence: events.confidence,
};

function conditions(db: Database, filter: EventFilter): SQL | undefined {
  return and(
    filter.region
      ? exists(
          db
            .select()
            .from(eventRegions)
            .where(and(eq(eventRegions.eventId, events.id), eq(eventRegions.regionSlug, filter.region))),
        )
      : undefined,
    filter.actor
      ? exists(
          db
            .select()
            .from(eventActors)
            .where(and(eq(eventActors.eventId, events.id), eq(eventActors.actorCode, filter.actor))),
        )
      : undefined,
    filter.kinds?.length ? inArray(events.kind, filter.kinds) : undefined,
    filter.from ? gte(events.occurredOn, filter.from) : undefined,
    filter.to ? lte(events.occurredOn, filter.to) : undefined,
  );
}

export function listEvents(
  db: Database,
  filter: EventFilter,
  sort: EventSort,
  page: Page,
): Promise<EventRow[]> {
  const column = sort.field === 'title' ? events.title : events.occurredOn;
  return db
    .select(eventColumns)
    .from(events)
    .where(conditions(db, filter))
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(events.key))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countEvents(db: Database, filter: EventFilter): Promise<number> {
  const [row] = await db.select({ value: count() }).from(events).where(conditions(db, filter));
  return row?.value ?? 0;
}

export function findEventActors(db: Database, eventRowIds: readonly number[]) {
  return db
    .select({ eventRowId: eventActors.eventId, actorCode: eventActors.actorCode })
    .from(eventActors)
    .where(inArray(eventActors.eventId, [...eventRowIds]))
    .orderBy(asc(eventActors.actorCode));
}

export function findEventRegions(db: Database, eventRowIds: readonly number[]) {
  return db
    .select({ eventRowId: eventRegions.eventId, regionSlug: eventRegions.regionSlug })
    .from(eventRegions)
    .where(inArray(eventRegions.eventId, [...eventRowIds]))
    .orderBy(asc(eventRegions.regionSlug));
}
