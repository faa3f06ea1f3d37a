import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { loadActors, loadRegions } from '../../graphql/load-related.js';
import type { ActorRow } from '../actors/actors.repository.js';
import { Actor } from '../actors/actors.types.js';
import type { RegionRow } from '../regions/regions.repository.js';
import { Region } from '../regions/regions.types.js';
import type { SourceRow } from '../sources/sources.repository.js';
import { Source } from '../sources/sources.types.js';
import type { EventRow } from './events.repository.js';
import { getEventsConnection } from './events.service.js';
import { Event, EventConnection, EventsArgs } from './events.types.js';

@Resolver(() => Event)
export class EventsResolver {
  @Query(() => EventConnection, { description: 'Dated context entries, most recent first by default.' })
  events(
    @Args(() => EventsArgs) args: EventsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<EventRow>> {
    return getEventsConnection(ctx.db, args);
  }

  @FieldResolver(() => [Actor], { description: 'Actors involved.' })
  async actors(@Root() event: EventRow, @Ctx() ctx: RequestContext): Promise<ActorRow[]> {
    return loadActors(ctx, await ctx.loaders.actorCodesByEvent.load(event.rowId));
  }

  @FieldResolver(() => [Region], { description: 'Regions concerned.' })
  async regions(@Root() event: EventRow, @Ctx() ctx: RequestContext): Promise<RegionRow[]> {
    return loadRegions(ctx, await ctx.loaders.regionSlugsByEvent.load(event.rowId));
  }

  @FieldResolver(() => [Source], { description: 'Sources for this event.' })
  sources(@Root() event: EventRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByEvent.load(event.rowId);
  }
}
