import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// graphql 16 ships ESM and CJS builds; Apollo and TypeGraphQL load the CJS one, so ours must too
// ("Cannot use GraphQLObjectType from another module or realm").
const oneGraphql = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

export default defineConfig({
  resolve: { alias: oneGraphql },
  test: {
    projects: [
      {
        resolve: { alias: oneGraphql },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['reflect-metadata'] },
      },
      {
        resolve: { alias: oneGraphql },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [svelte({ configFile: 'web/svelte.config.js' })],
        resolve: { alias: oneGraphql, conditions: ['browser'] },
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        resolve: { alias: oneGraphql },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser and one server: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
