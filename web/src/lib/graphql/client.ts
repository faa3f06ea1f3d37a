import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { apiHeaders } from './token.svelte';

export interface ApiError {
  message: string;
  code: string;
  /** The offending argument for BAD_USER_INPUT, e.g. `input.name`. */
  field?: string;
}

export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((error) => `${error.code}: ${error.message}`).join('\n'));
  }
}

/** Runs a typed document against /graphql; every feature module goes through here. */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new ApiRequestError([{ code: 'NETWORK_ERROR', message: 'The Clout API cannot be reached.' }]);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  } | null;
  if (!body || body.errors?.length || !body.data) {
    throw new ApiRequestError(
      (body?.errors ?? [{ message: `HTTP ${response.status}` }]).map((error) => ({
        message: error.message,
        code: error.extensions?.code ?? (isGatewayFailure(response.status) ? 'NETWORK_ERROR' : 'HTTP_ERROR'),
        ...(error.extensions?.field ? { field: error.extensions.field } : {}),
      })),
    );
  }
  return body.data;
}

/** A proxy's answer when the API behind it is down (dev server, load balancer): the API is unreachable. */
function isGatewayFailure(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}
