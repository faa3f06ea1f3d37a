export const TEMPLATES = {
  /** Schema only. */
  migrated: 'clout_template_migrated',
  /** Schema and the curated demo dataset. */
  demo: 'clout_template_demo',
} as const;

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
