import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import type { SourceRow } from './sources.repository.js';
import { getSourcesConnection } from './sources.service.js';
import { SourceConnection, SourcesArgs } from './sources.types.js';

@Resolver()
export class SourcesResolver {
  @Query(() => SourceConnection, { description: 'Every cited source, newest first by default.' })
  sources(
    @Args(() => SourcesArgs) args: SourcesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<SourceRow>> {
    return getSourcesConnection(ctx.db, args);
  }
}
