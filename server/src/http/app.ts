import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { sql } from 'drizzle-orm';
import type { Logger } from '../config/logger.js';
import type pg from 'pg';
import type { Database } from '../db/client.js';
import { createLoaders, type RequestContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { assertMayRead, authenticate, type AccessPolicy } from '../modules/auth/auth.service.js';
import type { ExportsRuntime } from '../modules/exports/exports.runtime.js';
import { createExportFilesRouter } from '../modules/exports/export-files.router.js';

export const MAX_BODY_BYTES = 100 * 1024;
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

interface AppOptions {
  db: Database;
  /** Who may read; writes are governed by tokens (see auth.service). Public when omitted. */
  access?: AccessPolicy;
  pool: pg.Pool;
  apollo: ApolloServer<RequestContext>;
  log: Logger;
  /** Serve the built dashboard from this folder, when it exists. */
  webDir?: string;
  /** Export files and job queue; without it /exports is not served and export writes fail. */
  exports?: ExportsRuntime;
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
  }
}

const assignRequestId: RequestHandler = (request, response, next) => {
  const incoming = request.get('x-request-id');
  request.requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', request.requestId);
  next();
};

/**
 * The dashboard loads nothing from elsewhere, so the browser may refuse anything that tries: an
 * injected script could otherwise read the API token a user keeps in localStorage. Styles stay
 * inline-capable: CodeMirror and the charts set them at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'same-origin');
  next();
};

export function createApp({
  db,
  pool,
  apollo,
  log,
  webDir = webDistDir,
  exports,
  access = { reads: 'public' },
}: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(securityHeaders);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/readyz', async (request, response) => {
    try {
      await db.execute(sql`SELECT 1`);
      response.json({ status: 'ready' });
    } catch (error) {
      log.warn({ requestId: request.requestId, err: error }, 'readiness check failed');
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: req.requestId,
        db,
        pool,
        loaders: createLoaders(db),
        log,
        exports,
        viewer: await authenticate(db, req.get('authorization')),
        access,
      }),
    }),
  );

  if (exports) {
    // Only the files: `/exports` itself is the dashboard's page, loaded like any other.
    app.use('/exports/:runId/:file', requireReader(db, access));
    app.use('/exports', createExportFilesRouter({ db, exportsDir: exports.dir, log }));
  }

  if (existsSync(path.join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // Client-side routes all load the single page.
    app.get('/{*path}', (_request, response) => response.sendFile(path.join(webDir, 'index.html')));
  }

  app.use(handleHttpErrors(log));
  return app;
}

/** Files served outside GraphQL follow the same read policy. */
function requireReader(db: Database, access: AccessPolicy): RequestHandler {
  return async (request, response, next) => {
    try {
      assertMayRead(await authenticate(db, request.get('authorization')), access);
      next();
    } catch (error) {
      const graphqlError = error as { message: string; extensions?: Record<string, unknown> };
      response.status(401).json({
        errors: [{ message: graphqlError.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }],
      });
    }
  };
}

function handleHttpErrors(log: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, request, response, _next) => {
    if (error.type === 'entity.too.large') {
      response.status(413).json({
        errors: [
          {
            message: `Request body is larger than the ${MAX_BODY_BYTES / 1024} kB limit.`,
            extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
          },
        ],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      response.status(400).json({
        errors: [
          { message: 'Request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT } },
        ],
      });
      return;
    }
    log.error({ requestId: request.requestId, err: error }, 'unhandled HTTP error');
    response.status(500).json({
      errors: [
        {
          message: 'Internal server error.',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: request.requestId },
        },
      ],
    });
  };
}
