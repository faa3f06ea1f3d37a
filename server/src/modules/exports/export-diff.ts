import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { runDir } from './export-files.js';
import type { RunRow } from './export-runs.repository.js';
import type { ExportFileRecord } from './exports.model.js';
import { flattenResult } from './snapshot/flatten.js';

export interface ResourceDiff {
  resource: string;
  keyFields: string[];
  inBase: boolean;
  inRun: boolean;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  addedKeys: string[];
  removedKeys: string[];
  changedKeys: string[];
}

type Row = Record<string, unknown>;

interface RowSource {
  keyFields: string[];
  rows(): AsyncIterable<Row>;
}

const SAMPLE = 20;
// Streamed formats first; CSV cells are all text, so it is the last choice.
const PREFERENCE = ['ndjson', 'json', 'csv'] as const;

/**
 * Compares two published runs resource by resource. Rows are matched on the resource's key
 * columns; only the base run's keys and row hashes are held in memory.
 */
export async function diffRuns(exportsDir: string, base: RunRow, run: RunRow): Promise<ResourceDiff[]> {
  const [baseSources, runSources] = await Promise.all([
    sourcesOf(exportsDir, base, run),
    sourcesOf(exportsDir, run, base),
  ]);
  const names = [...new Set([...baseSources.keys(), ...runSources.keys()])].sort();
  const diffs: ResourceDiff[] = [];
  for (const name of names) diffs.push(await diffResource(name, baseSources.get(name), runSources.get(name)));
  return diffs;
}

async function diffResource(resource: string, base?: RowSource, run?: RowSource): Promise<ResourceDiff> {
  const keyFields = run?.keyFields ?? base?.keyFields ?? [];
  const diff: ResourceDiff = {
    resource,
    keyFields,
    inBase: Boolean(base),
    inRun: Boolean(run),
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    addedKeys: [],
    removedKeys: [],
    changedKeys: [],
  };
  // Key → row hashes (several when a keyless resource repeats a row).
  const remaining = new Map<string, string[]>();
  if (base) {
    for await (const row of base.rows()) {
      const key = keyOf(row, keyFields);
      const hashes = remaining.get(key);
      if (hashes) hashes.push(hashOf(row));
      else remaining.set(key, [hashOf(row)]);
    }
  }
  if (run) {
    for await (const row of run.rows()) {
      const key = keyOf(row, keyFields);
      const hashes = remaining.get(key);
      const hash = hashOf(row);
      if (!hashes?.length) {
        diff.added++;
        if (diff.addedKeys.length < SAMPLE) diff.addedKeys.push(key);
        continue;
      }
      const same = hashes.indexOf(hash);
      hashes.splice(same >= 0 ? same : 0, 1);
      if (!hashes.length) remaining.delete(key);
      if (same >= 0) diff.unchanged++;
      else {
        diff.changed++;
        if (diff.changedKeys.length < SAMPLE) diff.changedKeys.push(key);
      }
    }
  }
  for (const [key, hashes] of remaining) {
    diff.removed += hashes.length;
    if (diff.removedKeys.length < SAMPLE) diff.removedKeys.push(key);
  }
  return diff;
}

/** Text form of a value that is the same whichever format it was read from. */
function canonical(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function keyOf(row: Row, keyFields: string[]): string {
  const fields =
    keyFields.length && keyFields.every((field) => field in row) ? keyFields : Object.keys(row).sort();
  return JSON.stringify(fields.map((field) => canonical(row[field])));
}

function hashOf(row: Row): string {
  const fields = Object.keys(row).sort();
  return createHash('sha1')
    .update(JSON.stringify(fields.map((field) => [field, canonical(row[field])])))
    .digest('base64');
}

async function sourcesOf(exportsDir: string, run: RunRow, other: RunRow): Promise<Map<string, RowSource>> {
  const dir = runDir(exportsDir, run.id);
  const sources = new Map<string, RowSource>();
  const tabular = run.files.filter((file) => file.rows !== null && file.format !== 'datapackage');
  const otherFormats = new Set(other.files.map((file) => `${file.resource}:${file.format}`));
  const byResource = new Map<string, ExportFileRecord[]>();
  for (const file of tabular) byResource.set(file.resource, [...(byResource.get(file.resource) ?? []), file]);
  for (const [resource, files] of byResource) {
    const pick = (candidates: ExportFileRecord[]) =>
      PREFERENCE.map((format) => candidates.find((file) => file.format === format)).find(Boolean);
    const file =
      pick(files.filter((candidate) => otherFormats.has(`${resource}:${candidate.format}`))) ?? pick(files)!;
    const filePath = path.join(dir, file.name);
    sources.set(resource, { keyFields: file.primaryKey ?? [], rows: () => readRows(filePath, file.format) });
  }
  // A query exported as JSON only: flatten its result as the CSV/NDJSON writer would have.
  const result = run.files.find((file) => file.format === 'json' && file.rows === null);
  if (!byResource.size && result) {
    const { data } = JSON.parse(await readFile(path.join(dir, result.name), 'utf8')) as { data: Row };
    for (const resource of flattenResult(data)) {
      sources.set(resource.name, { keyFields: resource.primaryKey, rows: () => iterate(resource.rows) });
    }
  }
  return sources;
}

async function* iterate(rows: Row[]): AsyncIterable<Row> {
  yield* rows;
}

async function* readRows(filePath: string, format: ExportFileRecord['format']): AsyncIterable<Row> {
  if (format === 'csv') {
    yield* readCsv(filePath);
    return;
  }
  const lines = createInterface({ input: createReadStream(filePath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    // The JSON writer puts one row per line between "[" and "]".
    const text = format === 'json' ? line.replace(/,$/, '') : line;
    if (!text || text === '[' || text === ']') continue;
    yield JSON.parse(text) as Row;
  }
}

/** Reads the CSV this module writes (RFC 4180, header first); an unquoted empty cell is null. */
async function* readCsv(filePath: string): AsyncIterable<Row> {
  let header: string[] | undefined;
  for await (const record of parseCsv(createReadStream(filePath, 'utf8'))) {
    if (!header) {
      header = record.map((cell) => cell ?? '');
      continue;
    }
    yield Object.fromEntries(header.map((name, index) => [name, record[index] ?? null]));
  }
}

async function* parseCsv(chunks: AsyncIterable<string | Buffer>): AsyncIterable<(string | null)[]> {
  let record: (string | null)[] = [];
  let cell = '';
  let quoted = false;
  let inQuotes = false;
  let pendingQuote = false;
  const endCell = () => {
    record.push(cell === '' && !quoted ? null : cell);
    cell = '';
    quoted = false;
  };
  for await (const chunk of chunks) {
    for (const char of String(chunk)) {
      if (inQuotes) {
        if (pendingQuote) {
          pendingQuote = false;
          if (char === '"') {
            cell += '"';
            continue;
          }
          inQuotes = false;
        } else if (char === '"') {
          pendingQuote = true;
          continue;
        } else {
          cell += char;
          continue;
        }
      }
      if (char === '"' && cell === '') {
        inQuotes = true;
        quoted = true;
      } else if (char === ',') endCell();
      else if (char === '\n') {
        endCell();
        yield record;
        record = [];
      } else if (char !== '\r') cell += char;
    }
  }
  if (cell !== '' || quoted || record.length) {
    endCell();
    yield record;
  }
}
