import { defineConfig } from 'drizzle-kit';

// Paths are relative to the project root, where npm scripts run.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/src/db/schema.ts',
  out: './drizzle',
  strict: true,
  verbose: false,
});
