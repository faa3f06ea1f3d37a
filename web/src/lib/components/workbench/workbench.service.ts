import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  buildClientSchema,
  getIntrospectionQuery,
  getVariableValues,
  parse,
  print,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import { request } from '../../graphql/client';
import { apiHeaders } from '../../graphql/token.svelte';
import {
  WorkbenchDeleteSavedQueryDocument,
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

/** The saved queries whose name, description or author contains `text` (any case); all for blank text. */
export function filterSaved<Query extends Pick<SavedQuery, 'name' | 'description' | 'author'>>(
  queries: readonly Query[],
  text: string,
): readonly Query[] {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return queries;
  return queries.filter((query) =>
    [query.name, query.description, query.author ?? ''].some((field) =>
      field.toLocaleLowerCase().includes(wanted),
    ),
  );
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

/** Deletes a saved query unless someone saved it since `expectedVersion` (then CONFLICT). */
export async function deleteSavedQuery(id: string, expectedVersion: number): Promise<void> {
  await request(WorkbenchDeleteSavedQueryDocument, { id, expectedVersion });
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

/** What to send: the document, its variables, and which operation when it holds several. */
export interface RunRequest {
  document: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
}

function requestBody({ document, variables, operationName }: RunRequest): string {
  return JSON.stringify({ query: document, variables, ...(operationName ? { operationName } : {}) });
}

/**
 * Sends the user's own document. This is the one raw call in the app: the workbench runs arbitrary
 * text, so there is no generated typed document for it, and the shared `request` would throw away
 * partial data, error locations and the response's size, which the workbench shows.
 */
export async function runDocument(run: RunRequest, token: string | null): Promise<RunOutcome> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: apiHeaders(token),
      body: requestBody(run),
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

// Snippets never contain the token itself: they read it from $CLOUT_TOKEN, so a copied command
// can be pasted into a ticket or a script without leaking a secret.

/** A shell command that repeats the run; `withToken` adds the header from $CLOUT_TOKEN. */
export function curlSnippet(origin: string, run: RunRequest, withToken = false): string {
  return [
    `curl -X POST '${origin}/graphql'`,
    `-H 'content-type: application/json'`,
    ...(withToken ? [`-H "authorization: Bearer $CLOUT_TOKEN"`] : []),
    `--data '${requestBody(run).replaceAll("'", "'\\''")}'`,
  ].join(' \\\n  ');
}

/** JavaScript (an ES module for Node 18+) that repeats the run; `withToken` reads CLOUT_TOKEN. */
export function fetchSnippet(origin: string, run: RunRequest, withToken = false): string {
  return [
    `const response = await fetch(${JSON.stringify(`${origin}/graphql`)}, {`,
    `  method: 'POST',`,
    withToken
      ? `  headers: { 'content-type': 'application/json', authorization: \`Bearer \${process.env.CLOUT_TOKEN}\` },`
      : `  headers: { 'content-type': 'application/json' },`,
    `  body: JSON.stringify({`,
    `    query: ${JSON.stringify(run.document)},`,
    `    variables: ${JSON.stringify(run.variables)},`,
    ...(run.operationName ? [`    operationName: ${JSON.stringify(run.operationName)},`] : []),
    `  }),`,
    `});`,
    `const { data, errors } = await response.json();`,
  ].join('\n');
}

/** One operation of a document, with where it sits in the text. */
export interface OperationInfo {
  /** Null for an anonymous operation (allowed only when it is the document's one operation). */
  name: string | null;
  kind: 'query' | 'mutation' | 'subscription';
  from: number;
  to: number;
}

/** The operations of `document`, or [] while it does not parse (the editor's lint says why). */
export function operationsIn(document: string): OperationInfo[] {
  let parsed;
  try {
    parsed = parse(document);
  } catch {
    return [];
  }
  return parsed.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            name: definition.name?.value ?? null,
            kind: definition.operation,
            from: definition.loc?.start ?? 0,
            to: definition.loc?.end ?? document.length,
          },
        ]
      : [],
  );
}

/**
 * What the server would refuse in `variables` for the operation to run — a wrong type, a missing
 * required variable — plus names the operation does not declare (the server ignores those, which
 * hides typos). Empty while the document does not parse: the editor's lint says why.
 */
export function variableProblems(
  schema: GraphQLSchema,
  document: string,
  operationName: string | null,
  variables: Record<string, unknown>,
): string[] {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(document).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return [];
  }
  const operation =
    operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((item) => item.name?.value === operationName);
  if (!operation) return [];
  const definitions = operation.variableDefinitions ?? [];
  const declared = new Set(definitions.map((definition) => definition.variable.name.value));
  const label = operation.name ? `operation "${operation.name.value}"` : 'the operation';
  const unknown = Object.keys(variables)
    .filter((name) => !declared.has(name))
    .map((name) => `Variable "$${name}" is not declared by ${label}, so it is not used.`);
  const result = getVariableValues(schema, definitions, variables, { maxErrors: 10 });
  return [
    ...('errors' in result && result.errors ? result.errors.map((error) => error.message) : []),
    ...unknown,
  ];
}

/**
 * The document laid out in the standard style (graphql-js `print`). Refused, with the reason,
 * when it does not parse, or when it holds comments, which printing would silently drop.
 */
export function prettify(document: string): { ok: true; text: string } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parse(document);
  } catch (error) {
    return { ok: false, message: `Cannot prettify: ${(error as Error).message}` };
  }
  // The lexer skips comments but links each one in as the token before the next.
  const lexer = new Lexer(new Source(document));
  for (let token = lexer.advance(); ; token = lexer.advance()) {
    if (token.prev?.kind === TokenKind.COMMENT) {
      return { ok: false, message: 'Prettify would drop the comments (# …): remove them first.' };
    }
    if (token.kind === TokenKind.EOF) break;
  }
  return { ok: true, text: `${print(parsed)}\n` };
}

/** The kind of operation `name` (null: the document's only one); null while the text does not parse. */
export function operationKind(
  operations: readonly OperationInfo[],
  name: string | null,
): OperationInfo['kind'] | null {
  const operation =
    name === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((item) => item.name === name);
  return operation?.kind ?? null;
}

/**
 * Which operation to run. With one operation, none need be named. With several, the one the cursor
 * is in wins (as in other GraphQL IDEs), then the one chosen in the picker, then the first.
 */
export function chooseOperation(
  operations: readonly OperationInfo[],
  chosen: string | null,
  cursor: number | null,
): string | null {
  if (operations.length < 2) return null;
  const atCursor =
    cursor === null ? undefined : operations.find((item) => cursor >= item.from && cursor <= item.to);
  return (
    atCursor?.name ?? operations.find((item) => item.name === chosen)?.name ?? operations[0]?.name ?? null
  );
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

export function clearHistory(): void {
  try {
    localStorage.removeItem(HISTORY_KEY);
  } catch {
    // Storage blocked: there was no stored history.
  }
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
    name: 'What moved Russia’s Middle East standing in 2025-Q4',
    document: `query WhatMoved($power: String!, $region: String!, $period: Date!) {
  standing(power: $power, region: $region, period: $period, granularity: QUARTER) {
    composite
    change
    contributions {
      family
      label
      contribution
      change
      sources {
        publisher
        title
        url
      }
    }
  }
}
`,
    variables: '{ "power": "RUS", "region": "mena", "period": "2025-10-01" }',
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
