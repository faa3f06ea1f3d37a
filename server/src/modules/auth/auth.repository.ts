import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { apiTokens } from './auth.table.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type Role = ApiTokenRow['role'];

export async function insertToken(
  db: Database,
  token: { name: string; role: Role; tokenHash: string; tokenPrefix: string },
): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(token).returning();
  return row!;
}

/** The active token with this hash, marking it used. */
export async function useActiveToken(db: Database, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

export async function countActiveTokens(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(apiTokens).where(isNull(apiTokens.revokedAt));
  return row?.value ?? 0;
}

export function listTokens(db: Database): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).orderBy(asc(apiTokens.id));
}

export async function revokeToken(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
