import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { loadActor } from '../../graphql/load-related.js';
import type { ActorRow } from '../actors/actors.repository.js';
import { Actor } from '../actors/actors.types.js';
import type { SourceRow } from '../sources/sources.repository.js';
import { Source } from '../sources/sources.types.js';
import type { ArmsTransferRow } from './arms.repository.js';
import { getArmsTransfersConnection } from './arms.service.js';
import { ArmsTransfer, ArmsTransferConnection, ArmsTransfersArgs } from './arms.types.js';

@Resolver(() => ArmsTransfer)
export class ArmsTransfersResolver {
  @Query(() => ArmsTransferConnection, { description: 'Arms transfers, newest order first by default.' })
  armsTransfers(
    @Args(() => ArmsTransfersArgs) args: ArmsTransfersArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<ArmsTransferRow>> {
    return getArmsTransfersConnection(ctx.db, args);
  }

  @FieldResolver(() => Actor, { description: 'Supplying country.' })
  async supplier(@Root() transfer: ArmsTransferRow, @Ctx() ctx: RequestContext): Promise<ActorRow> {
    return (await loadActor(ctx, transfer.supplierCode))!;
  }

  @FieldResolver(() => Actor, { description: 'Receiving country.' })
  async recipient(@Root() transfer: ArmsTransferRow, @Ctx() ctx: RequestContext): Promise<ActorRow> {
    return (await loadActor(ctx, transfer.recipientCode))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources for this transfer.' })
  sources(@Root() transfer: ArmsTransferRow, @Ctx() ctx: RequestContext): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByArmsTransfer.load(transfer.rowId);
  }
}
