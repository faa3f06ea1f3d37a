import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../db/client.js';
import { existingRunIds } from './export-runs.repository.js';

// Layout under the exports folder:
//   <runId>/<file>                 published runs (renamed into place whole, never written in place)
//   .partial/<runId>.<attempt>/    an attempt being written; invisible to downloads and listings

const PARTIAL = '.partial';
const runIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function runDir(exportsDir: string, runId: string): string {
  return path.join(exportsDir, runId);
}

/** A fresh, empty folder for one attempt; earlier attempts' leftovers are removed first. */
export async function prepareAttemptDir(exportsDir: string, runId: string, attempt: number): Promise<string> {
  const partial = path.join(exportsDir, PARTIAL);
  await mkdir(partial, { recursive: true });
  for (const entry of await readdir(partial)) {
    if (entry.startsWith(`${runId}.`)) await rm(path.join(partial, entry), { recursive: true, force: true });
  }
  const dir = path.join(partial, `${runId}.${attempt}`);
  await mkdir(dir);
  return dir;
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Moves a finished attempt's folder to its permanent place in one rename, then fsyncs the parent
 * so the rename survives a crash. A folder already there was left by an attempt that died before
 * recording success (the caller holds the run's row), so it is replaced.
 */
export async function publishAttemptDir(
  exportsDir: string,
  attemptDir: string,
  runId: string,
): Promise<void> {
  const target = runDir(exportsDir, runId);
  await rm(target, { recursive: true, force: true });
  await rename(attemptDir, target);
  await fsyncDir(exportsDir);
}

export async function removeRunDirs(exportsDir: string, runIds: readonly string[]): Promise<void> {
  await Promise.all(runIds.map((id) => rm(runDir(exportsDir, id), { recursive: true, force: true })));
}

/**
 * Removes folders whose run no longer exists (a deleted schedule, or retention that deleted the
 * row but died before the files) and attempt folders untouched for `staleMs`.
 */
export async function sweepOrphanFiles(db: Database, exportsDir: string, staleMs: number): Promise<number> {
  let removed = 0;
  const entries = await readdir(exportsDir).catch(() => [] as string[]);
  const runIds = entries.filter((entry) => runIdPattern.test(entry));
  for (let start = 0; start < runIds.length; start += 500) {
    const batch = runIds.slice(start, start + 500);
    const existing = await existingRunIds(db, batch);
    const orphans = batch.filter((id) => !existing.has(id));
    await removeRunDirs(exportsDir, orphans);
    removed += orphans.length;
  }
  const partial = path.join(exportsDir, PARTIAL);
  for (const entry of await readdir(partial).catch(() => [] as string[])) {
    const full = path.join(partial, entry);
    const info = await stat(full).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > staleMs) {
      await rm(full, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
