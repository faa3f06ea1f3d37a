import { ApiRequestError } from './client';

/** The one place that turns a failed API call into a sentence a reader can act on. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return 'Something went wrong while loading the data.';
  const codes = new Set(error.errors.map((item) => item.code));
  if (codes.has('NETWORK_ERROR')) {
    return 'The Clout API cannot be reached. Check that the server is running, then retry.';
  }
  if (codes.has('UNAUTHENTICATED')) {
    return `${messages(error)} Paste a token under “API token” at the top of the page.`;
  }
  if (codes.has('BAD_USER_INPUT')) {
    return `The API did not accept this view’s settings: ${messages(error)}`;
  }
  if (codes.has('QUERY_TOO_COMPLEX')) {
    return `The API refused the request as too large: ${messages(error)}`;
  }
  if (codes.has('HTTP_ERROR') || codes.has('INTERNAL_SERVER_ERROR')) {
    return 'The Clout API had a problem answering. Retry in a moment.';
  }
  return messages(error);
}

function messages(error: ApiRequestError): string {
  return error.errors.map((item) => item.message).join(' ');
}
