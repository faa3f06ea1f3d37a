import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { loadActor } from '../../graphql/load-related.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { ActorRow } from '../actors/actors.repository.js';
import { Actor } from '../actors/actors.types.js';
import type { SourceRow } from '../sources/sources.repository.js';
import { Source } from '../sources/sources.types.js';
import type { FacilityRow, StatusPeriodRow } from './facilities.repository.js';
import { getFacilitiesConnection, getFacility } from './facilities.service.js';
import { FacilitiesArgs, Facility, FacilityConnection, FacilityStatusPeriod } from './facilities.types.js';

@Resolver(() => Facility)
export class FacilitiesResolver {
  @Query(() => FacilityConnection, { description: 'Military facilities with each one’s status on `asOf`.' })
  facilities(
    @Args(() => FacilitiesArgs) args: FacilitiesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<FacilityRow>> {
    return getFacilitiesConnection(ctx.db, args);
  }

  @Query(() => Facility, { nullable: true, description: 'One facility by id, or null if there is none.' })
  facility(
    @Arg('id', () => ID, { description: 'The facility’s `id` (a slug), e.g. `rus-hmeimim-air-base`.' })
    id: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Day for `status`; today when omitted.' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FacilityRow | null> {
    return getFacility(ctx.db, id, asOf);
  }

  @FieldResolver(() => Actor, { description: 'Country where the facility is.' })
  async host(@Root() facility: FacilityRow, @Ctx() ctx: RequestContext): Promise<ActorRow> {
    return (await loadActor(ctx, facility.hostCode))!;
  }

  @FieldResolver(() => Actor, { description: 'Power that operates the facility.' })
  async operator(@Root() facility: FacilityRow, @Ctx() ctx: RequestContext): Promise<ActorRow> {
    return (await loadActor(ctx, facility.operatorCode))!;
  }

  @FieldResolver(() => [FacilityStatusPeriod], { description: 'Every status period, oldest first.' })
  timeline(@Root() facility: FacilityRow, @Ctx() ctx: RequestContext): Promise<StatusPeriodRow[]> {
    return ctx.loaders.timelineByFacility.load(facility.rowId);
  }

  @FieldResolver(() => [Source], {
    description: 'Sources for the facility itself (location, operator, kind).',
  })
  sources(@Root() facility: FacilityRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByFacility.load(facility.rowId);
  }
}

@Resolver(() => FacilityStatusPeriod)
export class FacilityStatusPeriodResolver {
  @FieldResolver(() => [Source], { description: 'Sources for this period’s status.' })
  sources(@Root() period: StatusPeriodRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByFacilityStatus.load(period.rowId);
  }
}
