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
    ],
  },
});
