import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildClientSchema,
  getIntrospectionQuery,
  parse,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { request } from '../../graphql/client';
import {
  WorkbenchSaveQueryDocument,
  WorkbenchSavedQueriesDocument,
  WorkbenchSavedQueryDocument,
  type WorkbenchSavedQueryFieldsFragment,
} from '../../graphql/generated/graphql';
import { collectPages } from '../../graphql/pages';

export type SavedQuery = WorkbenchSavedQueryFieldsFragment;

const IntrospectionDocument = parse(getIntrospectionQuery()) as TypedDocumentNode<
  IntrospectionQuery,
  Record<string, never>
>;

/** The server's schema, for completion and validation in the editor. */
export async function loadSchema(): Promise<GraphQLSchema> {
  return buildClientSchema(await request(IntrospectionDocument, {}));
}

export function listSavedQueries(): Promise<SavedQuery[]> {
  return collectPages(
    async (after) => (await request(WorkbenchSavedQueriesDocument, { after })).savedQueries,
  );
}

export async function loadSavedQuery(id: string): Promise<SavedQuery | null> {
  return (await request(WorkbenchSavedQueryDocument, { id })).savedQuery ?? null;
}

export async function saveQuery(input: {
  id?: string;
  expectedVersion?: number;
  name: string;
  description: string;
  document: string;
  variables: Record<string, unknown>;
}): Promise<SavedQuery> {
  return (await request(WorkbenchSaveQueryDocument, { input })).saveQuery;
}

export interface RunError {
  message: string;
  code: string | null;
  locations: { line: number; column: number }[];
}

export interface RunOutcome {
  status: number;
  /** Milliseconds from sending to having the whole body. */
  ms: number;
  bytes: number;
  text: string;
  data: unknown;
  errors: RunError[];
}

/**
 * Sends the user's own document. This is the one raw call in the app: the workbench runs arbitrary
 * text, so there is no generated typed document for it, and the shared `request` would throw away
 * partial data, error locations and the response's size, which the workbench shows.
 */
export async function runDocument(document: string, variables: Record<string, unknown>): Promise<RunOutcome> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    return {
      status: 0,
      ms: performance.now() - started,
      bytes: 0,
      text: '',
      data: null,
      errors: [{ code: 'NETWORK_ERROR', message: 'The Clout API cannot be reached.', locations: [] }],
    };
  }
  const text = await response.text();
  const ms = performance.now() - started;
  const bytes = new TextEncoder().encode(text).length;
  const body = parseBody(text);
  const errors: RunError[] = body
    ? (body.errors ?? []).map((error) => ({
        message: error.message,
        code: error.extensions?.code ?? null,
        locations: error.locations ?? [],
      }))
    : [{ code: 'HTTP_ERROR', message: `HTTP ${response.status}: the answer was not JSON.`, locations: [] }];
  return { status: response.status, ms, bytes, text, data: body?.data ?? null, errors };
}

interface ResponseBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string }; locations?: RunError['locations'] }[];
}

function parseBody(text: string): ResponseBody | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as ResponseBody) : null;
  } catch {
    return null;
  }
}

/** A shell command that repeats the run. */
export function curlSnippet(origin: string, document: string, variables: Record<string, unknown>): string {
  const body = JSON.stringify({ query: document, variables });
  return `curl -X POST '${origin}/graphql' -H 'content-type: application/json' --data '${body.replaceAll("'", "'\\''")}'`;
}

/** JavaScript that repeats the run. */
export function fetchSnippet(origin: string, document: string, variables: Record<string, unknown>): string {
  return [
    `const response = await fetch(${JSON.stringify(`${origin}/graphql`)}, {`,
    `  method: 'POST',`,
    `  headers: { 'content-type': 'application/json' },`,
    `  body: JSON.stringify({`,
    `    query: ${JSON.stringify(document)},`,
    `    variables: ${JSON.stringify(variables)},`,
    `  }),`,
    `});`,
    `const { data, errors } = await response.json();`,
  ].join('\n');
}

/** Parses the variables editor's text; empty text means no variables. */
export function parseVariables(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Variables are not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Variables must be a JSON object, like {"region": "mena"}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export interface HistoryEntry {
  document: string;
  variables: string;
  at: string;
}

const HISTORY_KEY = 'clout.workbench.history';

export function readHistory(): HistoryEntry[] {
  try {
    const value = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as HistoryEntry[]) : [];
  } catch {
    return [];
  }
}

/** Keeps the last 20 runs, newest first, without repeating the same text. */
export function remember(entry: HistoryEntry): HistoryEntry[] {
  const history = [
    entry,
    ...readHistory().filter((item) => item.document !== entry.document || item.variables !== entry.variables),
  ].slice(0, 20);
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full or blocked: history is a convenience.
  }
  return history;
}

export const EXAMPLES: { name: string; document: string; variables: string }[] = [
  {
    name: 'Russia vs US in the Middle East since 2015',
    document: `query Standings($region: String!, $powers: [String!], $from: Date) {
  standings(region: $region, powers: $powers, from: $from, granularity: YEAR) {
    power {
      code
      name
    }
    points {
      period
      composite
      rank
    }
  }
}
`,
    variables: '{ "region": "mena", "powers": ["RUS", "USA"], "from": "2015-01-01" }',
  },
  {
    name: 'Who attended Sharm el-Sheikh',
    document: `query Participants($id: ID!) {
  summit(id: $id) {
    name
    startDate
    participants {
      actor {
        code
        name
      }
      level
      status
    }
  }
}
`,
    variables: '{ "id": "sharm-el-sheikh-peace-summit-2025" }',
  },
  {
    name: 'Russian facilities in Syria on 2025-03-01',
    document: `query Facilities($asOf: Date) {
  facilities(asOf: $asOf, first: 100, where: { host: "SYR", operator: ["RUS"] }) {
    nodes {
      name
      kind
      status
      latitude
      longitude
    }
  }
}
`,
    variables: '{ "asOf": "2025-03-01" }',
  },
];
