import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import type { ActorRow } from '../actors/actors.repository.js';
import { Actor } from '../actors/actors.types.js';
import type { RegionRow } from '../regions/regions.repository.js';
import { Region } from '../regions/regions.types.js';
import type { SourceRow } from '../sources/sources.repository.js';
import { Source } from '../sources/sources.types.js';
import { loadActor, loadActors, loadRegions } from '../../graphql/load-related.js';
import type { ParticipantRow, SummitRow } from './summits.repository.js';
import { getSummitsConnection } from './summits.service.js';
import { Summit, SummitConnection, SummitParticipant, SummitsArgs } from './summits.types.js';

@Resolver(() => Summit)
export class SummitsResolver {
  @Query(() => SummitConnection, {
    description: 'Summits and leaders’ meetings, most recent first by default.',
  })
  summits(
    @Args(() => SummitsArgs) args: SummitsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<SummitRow>> {
    return getSummitsConnection(ctx.db, args);
  }

  @Query(() => Summit, { nullable: true, description: 'One summit by id, or null if there is none.' })
  summit(
    @Arg('id', () => ID, {
      description: 'The summit’s `id` (a slug), e.g. `sharm-el-sheikh-peace-summit-2025`.',
    })
    id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.summitByKey.load(id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Host country.' })
  host(@Root() summit: SummitRow, @Ctx() ctx: RequestContext): Promise<ActorRow | null> {
    return loadActor(ctx, summit.hostCode);
  }

  @FieldResolver(() => [Actor], {
    description: 'Who called the summit; a failed summit counts against them.',
  })
  async conveners(@Root() summit: SummitRow, @Ctx() ctx: RequestContext): Promise<ActorRow[]> {
    return loadActors(ctx, await ctx.loaders.convenerCodesBySummit.load(summit.rowId));
  }

  @FieldResolver(() => [Region], { description: 'Regions the summit concerns.' })
  async regions(@Root() summit: SummitRow, @Ctx() ctx: RequestContext): Promise<RegionRow[]> {
    return loadRegions(ctx, await ctx.loaders.regionSlugsBySummit.load(summit.rowId));
  }

  @FieldResolver(() => [SummitParticipant], {
    description: 'Recorded participation of each actor, by actor code.',
  })
  participants(@Root() summit: SummitRow, @Ctx() ctx: RequestContext): Promise<ParticipantRow[]> {
    return ctx.loaders.participantsBySummit.load(summit.rowId);
  }

  @FieldResolver(() => [Source], { description: 'Sources for the summit itself (date, place, outcome).' })
  sources(@Root() summit: SummitRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesBySummit.load(summit.rowId);
  }
}

@Resolver(() => SummitParticipant)
export class SummitParticipantResolver {
  @FieldResolver(() => Actor, { description: 'The participating (or absent) actor.' })
  async actor(@Root() participant: ParticipantRow, @Ctx() ctx: RequestContext): Promise<ActorRow> {
    return (await loadActor(ctx, participant.actorCode))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources for this actor’s participation.' })
  sources(@Root() participant: ParticipantRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByParticipant.load(participant.rowId);
  }
}
