import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed SDL, never a running server, so generation is reproducible.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['web/src/**/*.graphql'],
  generates: {
    'web/src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
