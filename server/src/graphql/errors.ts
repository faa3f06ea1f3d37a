import { GraphQLError } from 'graphql';

/** Every code the API returns in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  /** A write based on a stale version (optimistic concurrency), or one that would lose saved work. */
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid input; `field` is the argument path, e.g. `first` or `where.region`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${field}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" was not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** The caller's copy is stale or the write would break something saved; nothing was changed. */
export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.CONFLICT } });
}

export function queryTooComplex(message: string, limit: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } });
}

export const knownErrorCodes: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  // Raised by graphql-js and Apollo themselves for malformed requests.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
