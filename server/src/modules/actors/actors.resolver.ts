import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { parseActorCode } from '../../graphql/arguments.js';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { loadRegions } from '../../graphql/load-related.js';
import type { RegionRow } from '../regions/regions.repository.js';
import { Region } from '../regions/regions.types.js';
import type { ActorRow } from './actors.repository.js';
import { getActorsConnection, getPowers } from './actors.service.js';
import { Actor, ActorConnection, ActorsArgs, Power } from './actors.types.js';

@Resolver(() => Actor)
export class ActorsResolver {
  @Query(() => [Power], { description: 'The tracked powers, in display order, with their chart colours.' })
  powers(@Ctx() ctx: RequestContext) {
    return getPowers(ctx.db);
  }

  @Query(() => ActorConnection, { description: 'States and organisations that appear in the records.' })
  actors(
    @Args(() => ActorsArgs) args: ActorsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<ActorRow>> {
    return getActorsConnection(ctx.db, args);
  }

  @Query(() => Actor, {
    nullable: true,
    description: 'One actor by code (`RUS`, `SYR`, `XAL`), or null if unknown.',
  })
  actor(
    @Arg('code', () => String, { description: 'ISO 3166-1 alpha-3 or X-prefixed code.' }) code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.actorByCode.load(parseActorCode('code', code));
  }

  @FieldResolver(() => [Region], { description: 'Regions this actor is a member of.' })
  async regions(@Root() actor: ActorRow, @Ctx() ctx: RequestContext): Promise<RegionRow[]> {
    return loadRegions(ctx, await ctx.loaders.regionSlugsByActor.load(actor.code));
  }
}
