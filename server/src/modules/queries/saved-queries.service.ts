import type { GraphQLSchema } from 'graphql';
import type { Database } from '../../db/client.js';
import { given, optionalText } from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { badUserInput, conflict, notFound } from '../../graphql/errors.js';
import { findScheduleNamesUsingQuery } from '../exports/export-schedules.repository.js';
import { checkVariables, parseQueryDocument } from './query-document.js';
import {
  countSavedQueries,
  deleteSavedQueryRow,
  findSavedQueriesByIds,
  insertSavedQuery,
  listSavedQueries,
  updateSavedQuery,
  type SavedQueryRow,
  type SavedQueryValues,
} from './saved-queries.repository.js';
import { SAVED_QUERY_DOCUMENT_MAX, SAVED_QUERY_NAME_MAX } from './saved-queries.table.js';
import { SavedQueryOrderField, type SavedQueriesArgs, type SaveQueryInput } from './saved-queries.types.js';

// Who may write is checked before these run (@Authorized, assertMayWrite); they record the author.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export async function getSavedQueriesConnection(
  db: Database,
  args: SavedQueriesArgs,
): Promise<ConnectionResult<SavedQueryRow>> {
  const page = toPage(args);
  const filter = { search: optionalText(args.where?.search) };
  const sort = args.orderBy ?? { field: SavedQueryOrderField.UPDATED_AT, direction: SortDirection.DESC };
  const rows = await listSavedQueries(db, filter, sort, page);
  return toConnection(rows, page, () => countSavedQueries(db, filter));
}

export async function getSavedQuery(db: Database, id: string): Promise<SavedQueryRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await findSavedQueriesByIds(db, [id]);
  return row ?? null;
}

/** Checks a saved query's fields; `prefix` names the argument holding them, e.g. `input`. */
function toSavedQueryValues(schema: GraphQLSchema, input: SaveQueryInput, prefix: string): SavedQueryValues {
  const name = input.name.trim();
  if (name.length < 1 || name.length > SAVED_QUERY_NAME_MAX)
    throw badUserInput(`${prefix}.name`, `must be 1–${SAVED_QUERY_NAME_MAX} characters, got ${name.length}`);
  if (input.document.length > SAVED_QUERY_DOCUMENT_MAX)
    throw badUserInput(
      `${prefix}.document`,
      `must be at most ${SAVED_QUERY_DOCUMENT_MAX} characters, got ${input.document.length}`,
    );
  if (!input.document.trim()) throw badUserInput(`${prefix}.document`, 'must not be empty');
  const parsed = parseQueryDocument(schema, input.document, `${prefix}.document`);
  const variables = checkVariables(schema, parsed, input.variables ?? {}, `${prefix}.variables`);
  return { name, description: input.description?.trim() ?? '', document: input.document, variables };
}

/** Creates, or updates only if nobody saved since `expectedVersion` (else CONFLICT). */
export async function saveQuery(
  db: Database,
  schema: GraphQLSchema,
  input: SaveQueryInput,
  author: string | null,
): Promise<SavedQueryRow> {
  const values = toSavedQueryValues(schema, input, 'input');
  const id = given(input.id);
  if (id === undefined) {
    if (input.expectedVersion != null)
      throw badUserInput('input.expectedVersion', 'is only for updates: give `id` too');
    return insertSavedQuery(db, values, author);
  }
  if (input.expectedVersion == null)
    throw badUserInput('input.expectedVersion', 'is required when updating: pass the `version` you edited');
  const existing = await getSavedQuery(db, id);
  if (!existing) throw notFound('Saved query', id);
  const updated = await updateSavedQuery(db, id, input.expectedVersion, values);
  if (updated) return updated;
  throw staleVersion('Saved query', id, input.expectedVersion, (await getSavedQuery(db, id))?.version);
}

export async function deleteSavedQuery(
  db: Database,
  id: string,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const existing = await getSavedQuery(db, id);
  if (!existing) throw notFound('Saved query', id);
  if (expectedVersion !== undefined && existing.version !== expectedVersion)
    throw staleVersion('Saved query', id, expectedVersion, existing.version);
  const users = await findScheduleNamesUsingQuery(db, id);
  if (users.length)
    throw conflict(
      `Saved query "${existing.name}" is exported by ${users.length} schedule(s): ${users.map((name) => `"${name}"`).join(', ')}. Delete or retarget them first.`,
      { schedules: users },
    );
  try {
    if (await deleteSavedQueryRow(db, id, expectedVersion)) return true;
  } catch (error) {
    // A schedule started using it in between (foreign key violation).
    if (
      (error as { cause?: { code?: string } }).cause?.code === '23503' ||
      (error as { code?: string }).code === '23503'
    )
      throw conflict(`Saved query "${existing.name}" is now used by an export schedule.`);
    throw error;
  }
  throw staleVersion(
    'Saved query',
    id,
    expectedVersion ?? existing.version,
    (await getSavedQuery(db, id))?.version,
  );
}

export function staleVersion(what: string, id: string, expected: number, current: number | undefined) {
  return current === undefined
    ? notFound(what, id)
    : conflict(
        `${what} "${id}" was changed by someone else (version ${current}, you edited ${expected}). Reload it and apply your change again.`,
        { expectedVersion: expected, currentVersion: current },
      );
}
