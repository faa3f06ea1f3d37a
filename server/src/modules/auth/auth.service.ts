import { createHash, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/client.js';
import { ErrorCode } from '../../graphql/errors.js';
import { countActiveTokens, insertToken, useActiveToken, type Role } from './auth.repository.js';

/** Who is asking: nobody in particular, or the holder of an API token. */
export type Viewer = { kind: 'anonymous' } | { kind: 'token'; tokenId: number; name: string; role: Role };

export interface AccessPolicy {
  /** `public`: anyone may read; `token`: reading needs a token of any role. */
  reads: 'public' | 'token';
}

const TOKEN_PREFIX = 'clout_';
const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

/** Creates a token; the returned secret is shown once and never stored. */
export async function createApiToken(db: Database, input: { name: string; role: Role }) {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await insertToken(db, {
    name: input.name.trim(),
    role: input.role,
    tokenHash: hashToken(secret),
    tokenPrefix: secret.slice(0, TOKEN_PREFIX.length + 6),
  });
  return { id: row.id, name: row.name, role: row.role, token: secret };
}

/** Reads `Authorization: Bearer …`. No header is anonymous; a bad or revoked token is refused. */
export async function authenticate(db: Database, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const row = await useActiveToken(db, hashToken(match[1]!));
  if (!row) throw unauthenticated('This API token is unknown or has been revoked.');
  return { kind: 'token', tokenId: row.id, name: row.name, role: row.role };
}

/**
 * Writes need a token of `role` or higher — except on an install where no token has been
 * created yet, which is open (a fresh local install works without setup). Creating the
 * first token closes it.
 */
export async function assertMayWrite(db: Database, viewer: Viewer, role: Role = 'editor'): Promise<void> {
  if (viewer.kind === 'token') {
    if (rank[viewer.role] < rank[role])
      throw forbidden(`This needs a token with the ${role} role; yours is ${viewer.role}.`);
    return;
  }
  if ((await countActiveTokens(db)) > 0) {
    throw unauthenticated(`This needs an API token with the ${role} role (Authorization: Bearer <token>).`);
  }
}

export function assertMayRead(viewer: Viewer, policy: AccessPolicy): void {
  if (policy.reads === 'token' && viewer.kind === 'anonymous') {
    throw unauthenticated('Reading this API needs a token (Authorization: Bearer <token>).');
  }
}

export function authorName(viewer: Viewer): string | null {
  return viewer.kind === 'token' ? viewer.name : null;
}
