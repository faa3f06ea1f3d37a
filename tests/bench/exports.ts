import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Record = (measure: string, value: string, target?: string) => void;

interface ExportSummary {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  maxRssMb: number;
  files: { name: string; rows: number | null }[];
}

/**
 * The full-dataset snapshot of the large database to CSV, through `npm run export`'s entry point
 * in its own process, so its peak RSS is the exporter's alone.
 */
export async function benchmarkExports(databaseUrl: string, record: Record): Promise<void> {
  console.log('\nExports');
  const out = mkdtempSync(path.join(os.tmpdir(), 'clout-bench-export-'));
  try {
    const summary = await runExport(databaseUrl, out);
    const transfers = summary.files.find((file) => file.name === 'arms_transfers.csv')?.rows ?? 0;
    record('export: full dataset to CSV, rows (arms transfers)', `${summary.rows} (${transfers})`);
    record(
      'export: full dataset to CSV, rows/s and MB/s',
      `${summary.rowsPerSecond.toLocaleString('en')} rows/s, ${(summary.bytes / 1e6 / summary.seconds).toFixed(1)} MB/s (${summary.seconds} s)`,
    );
    record('export: peak RSS of the export process', `${summary.maxRssMb} MB`, '< 300 MB');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function runExport(databaseUrl: string, out: string): Promise<ExportSummary> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/cli/export.ts', '--full-dataset', '--format', 'csv', '--out', out],
    { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`export exited with ${code}: ${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ExportSummary);
    });
  });
}
