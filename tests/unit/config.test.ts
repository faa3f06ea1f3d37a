import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config/config.js';

describe('loadConfig', () => {
  it('defaults to loopback, port 4000 and an embedded database under .data', () => {
    const config = loadConfig({}, '/srv/clout');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: null,
      dataDir: path.resolve('/srv/clout/.data'),
      statementTimeoutMs: 10_000,
    });
  });

  it('reads DATABASE_URL, PORT and HOST', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/clout', PORT: '8080', HOST: '0.0.0.0' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@db:5432/clout', port: 8080, host: '0.0.0.0' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: null });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a number'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535'],
    [{ PORT: '80.5' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ SEED_ON_EMPTY: 'maybe' }, 'SEED_ON_EMPTY must be true or false'],
  ])('refuses %o with a message naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT .*; LOG_LEVEL/);
  });
});
