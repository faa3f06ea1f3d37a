import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { RequestContext } from './context.js';
import { assertMayRead } from '../modules/auth/auth.service.js';
import { ErrorCode, knownErrorCodes } from './errors.js';
import { defaultQueryLimits, queryLimitsPlugin, tokenLimitError, type QueryLimits } from './limits.js';

export function createApolloServer(schema: GraphQLSchema, limits: QueryLimits = defaultQueryLimits) {
  return new ApolloServer<RequestContext>({
    schema,
    // Batched requests multiply every per-request limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Clout stops Apollo in its own ordered shutdown (server.ts); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // The API is self-describing: the workbench's completion and docs, and data people's own tools,
    // read the schema by introspection. Apollo turns it off when NODE_ENV is production (npm start).
    introspection: true,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: maskInternalErrors,
    plugins: [
      // Apollo's landing page loads from a CDN; the app has its own workbench instead.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are used; without this plugin Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      requireReadAccess(),
      queryLimitsPlugin(schema, limits),
      logAndTagInternalErrors(),
    ],
  });
}

/** Known codes pass through unchanged; anything else becomes a generic internal error. */
function maskInternalErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED') return tokenLimitError(formatted) ?? formatted;
  if (code === ErrorCode.BAD_USER_INPUT && formatted.extensions?.field === undefined) {
    // graphql-js reports bad variables as 'Variable "$from" got invalid value …': name the field.
    const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
    if (variable) return { ...formatted, extensions: { ...formatted.extensions, field: variable } };
  }
  if (typeof code === 'string' && knownErrorCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return formatted;
  }
  return {
    message: 'Internal server error. It has been logged; quote the request id when reporting it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs unexpected errors with the request id and puts the id on the masked error. */
function logAndTagInternalErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (
              typeof code === 'string' &&
              knownErrorCodes.has(code) &&
              code !== ErrorCode.INTERNAL_SERVER_ERROR
            )
              continue;
            contextValue.log.error(
              { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path },
              'internal error while executing GraphQL',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/** With READ_ACCESS=token, every operation (introspection included) needs a token. */
function requireReadAccess(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          assertMayRead(contextValue.viewer, contextValue.access);
        },
      };
    },
  };
}
