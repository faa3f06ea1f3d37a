import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorsResolver } from '../modules/actors/actors.resolver.js';
import { ArmsTransfersResolver } from '../modules/arms/arms.resolver.js';
import { EventsResolver } from '../modules/events/events.resolver.js';
import { ExportRunsResolver, ExportSchedulesResolver } from '../modules/exports/exports.resolver.js';
import {
  FacilitiesResolver,
  FacilityStatusPeriodResolver,
} from '../modules/facilities/facilities.resolver.js';
import { SavedQueriesResolver } from '../modules/queries/saved-queries.resolver.js';
import { RegionsResolver } from '../modules/regions/regions.resolver.js';
import { SourcesResolver } from '../modules/sources/sources.resolver.js';
import { ContributionResolver, StandingsResolver } from '../modules/standings/standings.resolver.js';
import { SummitParticipantResolver, SummitsResolver } from '../modules/summits/summits.resolver.js';
import { DateTimeScalar } from './scalars.js';
import type { RequestContext } from './context.js';
import { assertMayWrite } from '../modules/auth/auth.service.js';
import type { Role } from '../modules/auth/auth.repository.js';

/** The committed SDL that codegen reads; a test fails when it drifts from the code. */
export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ActorsResolver,
      RegionsResolver,
      SummitsResolver,
      SummitParticipantResolver,
      FacilitiesResolver,
      FacilityStatusPeriodResolver,
      ArmsTransfersResolver,
      EventsResolver,
      SourcesResolver,
      StandingsResolver,
      ContributionResolver,
      SavedQueriesResolver,
      ExportSchedulesResolver,
      ExportRunsResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Arguments are checked by the services, which name the offending field.
    validate: false,
    // @Authorized('editor') on writes: a token of that role, or no token on an install without any.
    authChecker: async ({ context }: { context: RequestContext }, roles: string[]) => {
      await assertMayWrite(context.db, context.viewer, (roles[0] as Role | undefined) ?? 'editor');
      return true;
    },
  });
  // TypeGraphQL builds Query and Mutation itself and takes no description for them.
  schema.getQueryType()!.description =
    'Everything the API reads: the evidence (summits, facilities, arms transfers, events and their sources), actors and regions, standings with their methodology, saved queries and exports.';
  schema.getMutationType()!.description =
    'Writes to saved queries and export schedules. Each needs an API token with the editor or admin role, unless the install has no active token.';
  return schema;
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchemaFile(schema: GraphQLSchema): Promise<void> {
  await writeFile(schemaFile, printSdl(schema));
}
