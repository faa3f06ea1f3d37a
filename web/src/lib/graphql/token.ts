// The API token a user pasted in (the workbench's "API token" field). Once an install has tokens,
// writes — saving a query, scheduling an export — need one with the editor role, and an install
// run with READ_ACCESS=token needs one for every read. It is kept in this browser's localStorage
// until the user forgets it, like the headers of other GraphQL IDEs; it never appears in links
// or copied snippets.

const KEY = 'clout.apiToken';

export function readToken(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

/** Stores `token`, or forgets it when given null or blank text. */
export function storeToken(token: string | null): void {
  const value = token?.trim();
  try {
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the token lasts until the page is left, in the caller's state.
  }
}

/** Headers for a request to /graphql: JSON, plus the token when there is one. */
export function apiHeaders(token: string | null = readToken()): Record<string, string> {
  return token
    ? { 'content-type': 'application/json', authorization: `Bearer ${token}` }
    : { 'content-type': 'application/json' };
}
