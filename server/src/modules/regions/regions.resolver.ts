import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { loadActors } from '../../graphql/load-related.js';
import type { ActorRow } from '../actors/actors.repository.js';
import { Actor } from '../actors/actors.types.js';
import type { RegionRow } from './regions.repository.js';
import { getRegionsConnection } from './regions.service.js';
import { Region, RegionConnection, RegionsArgs } from './regions.types.js';

@Resolver(() => Region)
export class RegionsResolver {
  @Query(() => RegionConnection, { description: 'The regions in which standing is measured.' })
  regions(
    @Args(() => RegionsArgs) args: RegionsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<RegionRow>> {
    return getRegionsConnection(ctx.db, args);
  }

  @Query(() => Region, { nullable: true, description: 'One region by slug, or null if there is none.' })
  region(
    @Arg('slug', () => String, { description: 'e.g. `mena`.' }) slug: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.regionBySlug.load(slug);
  }

  @FieldResolver(() => [Actor], { description: 'Member states of the region, by code.' })
  async members(@Root() region: RegionRow, @Ctx() ctx: RequestContext): Promise<ActorRow[]> {
    return loadActors(ctx, await ctx.loaders.memberCodesByRegion.load(region.slug));
  }
}
