import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { createSchema, printSdl, schemaFile } from '../../server/src/graphql/schema.js';

// Generated files are committed; each test regenerates one and fails on any difference.
const fix = (command: string) => `out of date: run \`${command}\` and commit the result`;

describe('generated files match their sources', () => {
  it('server/schema.graphql is the SDL the resolvers build', async () => {
    const sdl = printSdl(await createSchema());
    expect(readFileSync(schemaFile, 'utf8'), fix('npm run schema:emit')).toBe(sdl);
  });

  it('the web’s typed documents are what codegen makes from the committed SDL', async () => {
    const files = (await generate(codegenConfig, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(file.filename, 'utf8'), `${file.filename} ${fix('npm run codegen')}`).toBe(
        file.content,
      );
    }
  });

  it('drizzle/ holds a migration for every change to the drizzle schema', () => {
    // drizzle-kit wants `out` relative to the working directory.
    mkdirSync('.data', { recursive: true });
    const scratch = path.relative('.', mkdtempSync(path.join('.data', 'drift-')));
    try {
      const out = path.join(scratch, 'drizzle');
      cpSync('drizzle', out, { recursive: true });
      const config = path.join(scratch, 'drizzle.config.ts');
      writeFileSync(
        config,
        `export default ${JSON.stringify({ dialect: 'postgresql', schema: path.resolve('server/src/db/schema.ts'), out })};`,
      );
      const result = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(readdirSync(out).sort(), fix('npm run db:generate')).toEqual(readdirSync('drizzle').sort());
      expect(result.stdout + result.stderr).toContain('No schema changes');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
