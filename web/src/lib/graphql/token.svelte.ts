// The API token a user pasted in (the header's "API token" menu). Once an install has tokens,
// writes — saving a query, scheduling an export — need one with the editor role, and an install
// run with READ_ACCESS=token needs one for every read. It is kept in this browser's localStorage
// until the user forgets it, like the headers of other GraphQL IDEs; it never appears in links
// or copied snippets.

const KEY = 'clout.apiToken';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

const current = $state({ value: stored() });

/** The token every request carries, or null; reactive, so views follow a change. */
export const apiToken = {
  get value(): string | null {
    return current.value;
  },
};

/** Uses and stores `token`, or forgets it when given null or blank text. */
export function setApiToken(token: string | null): void {
  const value = token?.trim() || null;
  try {
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the token lasts until the page is left.
  }
  current.value = value;
}

/** Headers for a request to /graphql: JSON, plus the token when there is one. */
export function apiHeaders(token: string | null = current.value): Record<string, string> {
  return token
    ? { 'content-type': 'application/json', authorization: `Bearer ${token}` }
    : { 'content-type': 'application/json' };
}
