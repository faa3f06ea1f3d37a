import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { listTokens, revokeToken } from '../modules/auth/auth.repository.js';
import { createApiToken } from '../modules/auth/auth.service.js';

const usage = `Usage:
  npm run token -- create --name "Newsroom CI" --role viewer|editor|admin
  npm run token -- list
  npm run token -- revoke --id 3`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
});
const [command] = positionals;
const roles = ['viewer', 'editor', 'admin'] as const;

if (!command || !['create', 'list', 'revoke'].includes(command)) {
  console.error(usage);
  process.exit(2);
}
if (
  command === 'create' &&
  (!values.name?.trim() || !roles.includes(values.role as (typeof roles)[number]))
) {
  console.error(`create needs --name and --role (${roles.join(', ')}).\n${usage}`);
  process.exit(2);
}
if (command === 'revoke' && !/^\d+$/.test(values.id ?? '')) {
  console.error(`revoke needs --id <number>.\n${usage}`);
  process.exit(2);
}

const config = loadConfigOrExit();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  embeddedPort: config.embeddedPostgresPort,
  statementTimeoutMs: config.statementTimeoutMs,
});
try {
  if (command === 'create') {
    const created = await createApiToken(database.db, {
      name: values.name!,
      role: values.role as (typeof roles)[number],
    });
    console.log(
      `Created token ${created.id} "${created.name}" (${created.role}). It is shown once; store it now:\n\n  ${created.token}\n`,
    );
    console.log('From now on, writes need an editor token: Authorization: Bearer <token>.');
  } else if (command === 'list') {
    for (const token of await listTokens(database.db)) {
      const state = token.revokedAt ? `revoked ${token.revokedAt.toISOString()}` : 'active';
      console.log(`${token.id}\t${token.tokenPrefix}…\t${token.role}\t${state}\t${token.name}`);
    }
  } else {
    const revoked = await revokeToken(database.db, Number(values.id));
    console.log(revoked ? `Revoked token ${values.id}.` : `No active token ${values.id}.`);
    if (!revoked) process.exitCode = 1;
  }
} finally {
  await database.close();
}
