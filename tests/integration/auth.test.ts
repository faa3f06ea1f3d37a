import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../server/src/modules/auth/auth.table.js';
import { createApiToken } from '../../server/src/modules/auth/auth.service.js';
import { revokeToken } from '../../server/src/modules/auth/auth.repository.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  app = await startTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const save = (name: string, headers: Record<string, string> = {}) =>
  app.graphql<{ saveQuery: { id: string; name: string; author: string | null; version: number } }>(
    `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { id name author version } }`,
    { input: { name, description: '', document: '{ powers { code } }', variables: {} } },
    headers,
  );
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API tokens', () => {
  it('a fresh install without tokens accepts writes without one', async () => {
    const saved = dataOf(await save('Open install')).saveQuery;
    expect(saved).toMatchObject({ name: 'Open install', author: null });
  });

  it('once a token exists, writes need an editor token', async () => {
    const editor = await createApiToken(database.db, { name: 'Desk editor', role: 'editor' });
    const viewer = await createApiToken(database.db, { name: 'Reader', role: 'viewer' });

    const anonymous = await save('Anonymous');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    const asViewer = await save('As viewer', bearer(viewer.token));
    expect(asViewer.status).toBe(403);
    expect(asViewer.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const asEditor = dataOf(await save('As editor', bearer(editor.token))).saveQuery;
    expect(asEditor).toMatchObject({ name: 'As editor', author: 'Desk editor' });

    // The author is whoever created it; an update by another editor keeps it.
    const colleague = await createApiToken(database.db, { name: 'Night editor', role: 'editor' });
    const updated = await app.graphql<{ saveQuery: { author: string | null; version: number } }>(
      `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { author version } }`,
      {
        input: {
          id: asEditor.id,
          expectedVersion: asEditor.version,
          name: 'As editor, updated',
          description: '',
          document: '{ powers { code } }',
          variables: {},
        },
      },
      bearer(colleague.token),
    );
    expect(dataOf(updated).saveQuery).toEqual({ author: 'Desk editor', version: asEditor.version + 1 });

    const schedule = await app.graphql<{ createExportSchedule: { author: string | null } }>(
      `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { author } }`,
      {
        input: {
          name: 'Nightly',
          target: 'FULL_DATASET',
          cron: '0 2 * * *',
          timeZone: 'UTC',
          formats: ['CSV'],
        },
      },
      bearer(editor.token),
    );
    expect(dataOf(schedule).createExportSchedule.author).toBe('Desk editor');

    // Reading stays public.
    expect(dataOf(await app.graphql<{ powers: unknown[] }>('{ powers { code } }')).powers).toHaveLength(4);
  });

  it('refuses unknown, malformed and revoked tokens', async () => {
    const unknown = await app.graphql('{ powers { code } }', {}, bearer('clout_not-a-real-token'));
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const malformed = await app.graphql('{ powers { code } }', {}, { authorization: 'Token abc' });
    expect(malformed.errors![0]!.message).toContain('Bearer');

    const revoked = await createApiToken(database.db, { name: 'Leaver', role: 'admin' });
    expect(await revokeToken(database.db, revoked.id)).toBe(true);
    const afterRevoke = await save('Revoked', bearer(revoked.token));
    expect(afterRevoke.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('stores only a hash of each token', async () => {
    const created = await createApiToken(database.db, { name: 'Hash check', role: 'viewer' });
    const rows = await database.db.select().from(apiTokens);
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });
});

describe('READ_ACCESS=token', () => {
  let privateApp: TestApp;
  let token: string;

  beforeAll(async () => {
    privateApp = await startTestApp(database, { access: { reads: 'token' } });
    token = (await createApiToken(database.db, { name: 'Private reader', role: 'viewer' })).token;
  });
  afterAll(async () => {
    await privateApp?.close();
  });

  it('refuses anonymous reads, introspection included, and serves a token holder', async () => {
    for (const query of ['{ powers { code } }', '{ __schema { queryType { name } } }']) {
      const response = await privateApp.graphql(query);
      expect(response.status).toBe(401);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(
      dataOf(await privateApp.graphql<{ powers: unknown[] }>('{ powers { code } }', {}, bearer(token)))
        .powers,
    ).toHaveLength(4);
  });
});
