import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/client.js';
import { runDir } from './export-files.js';
import { getRun } from './export-runs.service.js';
import type { ExportFileRecord } from './exports.model.js';

interface RouterOptions {
  db: Database;
  exportsDir: string;
  log: Logger;
}

const fileNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Permanent links `/exports/<runId>/<file>`: only files recorded on a succeeded run are served,
 * with their content type, a download name, the SHA-256 (ETag, Repr-Digest, X-Checksum-SHA256)
 * and an exact Content-Length, so a truncated transfer is detectable by any client or proxy.
 * Other paths fall through (the dashboard may route /exports itself).
 */
export function createExportFilesRouter({ db, exportsDir, log }: RouterOptions): express.Router {
  const router = express.Router();
  router.get('/:runId/:file', async (request, response, next) => {
    try {
      const { runId, file } = request.params as { runId: string; file: string };
      if (!fileNamePattern.test(file)) return notFound(response);
      const run = await getRun(db, runId);
      const record = run?.status === 'succeeded' ? run.files.find((entry) => entry.name === file) : undefined;
      if (!run || !record) return notFound(response);
      await sendFile(request, response, path.join(runDir(exportsDir, run.id), record.name), record, run.id);
    } catch (error) {
      if (response.headersSent) {
        log.error({ requestId: request.requestId, err: error }, 'export download interrupted');
        response.destroy();
        return;
      }
      next(error);
    }
  });
  return router;
}

function notFound(response: Response): void {
  response.status(404).json({ error: 'No such file in a finished export run.' });
}

async function sendFile(
  request: Request,
  response: Response,
  filePath: string,
  record: ExportFileRecord,
  runId: string,
): Promise<void> {
  const info = await stat(filePath).catch(() => undefined);
  // The row says succeeded but the file is gone or altered: refuse rather than serve it.
  if (!info || info.size !== record.bytes) {
    response.status(410).json({ error: 'The file of this export run is missing or damaged on the server.' });
    return;
  }
  const etag = `"sha256-${record.sha256}"`;
  const base64 = Buffer.from(record.sha256, 'hex').toString('base64');
  response.setHeader('Content-Type', record.mediaType);
  response.setHeader('Content-Length', String(record.bytes));
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="clout-${runId.slice(0, 8)}-${record.name}"`,
  );
  response.setHeader('ETag', etag);
  response.setHeader('X-Checksum-SHA256', record.sha256);
  response.setHeader('Repr-Digest', `sha-256=:${base64}:`);
  response.setHeader('Digest', `sha-256=${base64}`);
  // A finished run never changes.
  response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  if (request.headers['if-none-match'] === etag) {
    response.removeHeader('Content-Length');
    response.status(304).end();
    return;
  }
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(filePath), response);
}
