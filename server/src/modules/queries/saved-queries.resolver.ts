import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { authorName } from '../auth/auth.service.js';
import type { SavedQueryRow } from './saved-queries.repository.js';
import {
  deleteSavedQuery,
  getSavedQueriesConnection,
  getSavedQuery,
  saveQuery,
} from './saved-queries.service.js';
import { SavedQueriesArgs, SavedQuery, SavedQueryConnection, SaveQueryInput } from './saved-queries.types.js';

@Resolver(() => SavedQuery)
export class SavedQueriesResolver {
  @Query(() => SavedQueryConnection, {
    description: 'Saved queries, most recently updated first by default.',
  })
  savedQueries(
    @Args(() => SavedQueriesArgs) args: SavedQueriesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<SavedQueryRow>> {
    return getSavedQueriesConnection(ctx.db, args);
  }

  @Query(() => SavedQuery, {
    nullable: true,
    description: 'One saved query by id, or null if there is none.',
  })
  savedQuery(
    @Arg('id', () => ID, { description: 'The saved query’s `id` (a UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SavedQueryRow | null> {
    return getSavedQuery(ctx.db, id);
  }

  @Authorized('editor')
  @Mutation(() => SavedQuery, {
    description:
      'Saves a new query (no `id`), or updates one when `id` and `expectedVersion` match the stored version; a stale version is refused with CONFLICT and nothing is overwritten.',
  })
  saveQuery(
    @Arg('input', () => SaveQueryInput, { description: 'The query to save; give `id` to update one.' })
    input: SaveQueryInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SavedQueryRow> {
    return saveQuery(ctx.db, info.schema, input, authorName(ctx.viewer));
  }

  @Authorized('editor')
  @Mutation(() => Boolean, {
    description:
      'Deletes a saved query. Refused with CONFLICT when `expectedVersion` is stale or an export schedule still uses it.',
  })
  deleteSavedQuery(
    @Arg('id', () => ID, { description: 'The saved query to delete.' }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The `version` you saw; recommended.' })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return deleteSavedQuery(ctx.db, id, expectedVersion ?? undefined);
  }
}
