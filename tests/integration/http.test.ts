import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
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

describe('HTTP endpoints', () => {
  it('/healthz answers while the process is alive', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database is reachable', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('every response carries a request id, and an incoming one is kept', async () => {
    expect((await fetch(`${app.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const response = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });

  it('every response forbids loading from elsewhere (CSP) and MIME sniffing', async () => {
    const response = await fetch(`${app.url}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('GET /graphql serves no landing page that would load from a CDN', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/cdn|embeddable-sandbox|apollographql\.com/i);
  });

  it('malformed JSON is a BAD_USER_INPUT, not a crash', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});

describe('when the database goes away', () => {
  let lostDatabase: TestDatabase;
  let lostApp: TestApp;

  beforeAll(async () => {
    lostDatabase = await createTestDatabase('demo');
    lostApp = await startTestApp(lostDatabase);
    await lostDatabase.pool.end();
  });
  afterAll(async () => {
    await lostApp?.close();
    await lostDatabase?.drop().catch(() => undefined);
  });

  it('/readyz answers 503', async () => {
    const response = await fetch(`${lostApp.url}/readyz`);
    expect(response.status).toBe(503);
  });

  it('GraphQL errors are masked: a code and a request id, no internals', async () => {
    const response = await fetch(`${lostApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ summits { totalCount } }' }),
    });
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    const [error] = body.errors;
    expect(error!.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: response.headers.get('x-request-id'),
    });
    expect(JSON.stringify(body)).not.toMatch(/pool|select|stack|node_modules/i);
  });
});
