import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The real entry point, as `npm start` runs it (through tsx, so no build is needed here).
const entry = ['--import', 'tsx', 'server/src/main.ts'];
const databases: TestDatabase[] = [];

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

function run(env: Record<string, string>) {
  return spawnSync(process.execPath, entry, {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, entry, { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Clout is running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

const stop = (child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGINT') =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('configuration errors', () => {
  it('a bad PORT prints one clear line and exits non-zero', () => {
    const result = run({ PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['Invalid configuration: PORT must be a number']);
  });

  it('the worker and the CLIs answer a bad setting the same way', () => {
    for (const [cli, ...args] of [['worker'], ['seed'], ['token', 'list']] as const) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', `server/src/cli/${cli}.ts`, ...args], {
        env: { ...process.env, READ_ACCESS: 'everyone' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status, cli).toBe(2);
      expect(result.stderr.trim().split('\n'), cli).toEqual([
        'Invalid configuration: READ_ACCESS must be public or token',
      ]);
    }
  });

  it('a port in use says so and exits non-zero', async () => {
    const database = await createTestDatabase('demo');
    databases.push(database);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = run({ PORT: String(port), DATABASE_URL: database.url });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe('with an external database (DATABASE_URL)', () => {
  it('starts, serves and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase('demo');
    databases.push(database);
    const { child, url } = await startServer({ PORT: String(await freePort()), DATABASE_URL: database.url });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(await stop(child, 'SIGTERM')).toBe(0);
  });
});

describe('with the embedded database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'clout-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const postgresProcessesFor = (dir: string) =>
    spawnSync('pgrep', ['-f', `postgres.*${dir}`], { encoding: 'utf8' }).stdout.trim();

  it('seeds on first start, leaves no postgres behind on Ctrl-C, and finds the same data next time', async () => {
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    const query = async (url: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ summits(first: 0) { totalCount } sources(first: 0) { totalCount } }',
        }),
      });
      return (await response.json()) as { data: { summits: { totalCount: number } } };
    };

    const first = await startServer(env);
    const seeded = await query(first.url);
    expect(seeded.data.summits.totalCount).toBeGreaterThanOrEqual(20);
    expect(postgresProcessesFor(dataDir)).not.toBe('');
    expect(await stop(first.child, 'SIGINT')).toBe(0);
    expect(postgresProcessesFor(dataDir)).toBe('');

    const second = await startServer(env);
    expect(await query(second.url)).toEqual(seeded);
    expect(await stop(second.child, 'SIGINT')).toBe(0);
    expect(postgresProcessesFor(dataDir)).toBe('');
  }, 90_000);
});
