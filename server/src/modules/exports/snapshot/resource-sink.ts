import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_TYPES, type ExportFileRecord, type ExportFormatName } from '../exports.model.js';
import { csvLine } from './csv.js';
import { normaliseValue, type FieldDescriptor } from './field-types.js';

const FLUSH_BYTES = 1 << 16;

// Postgres text of these types is already a JSON literal (numbers, booleans, json, array_to_json).
const rawJsonTypes = new Set(['integer', 'number', 'boolean', 'array', 'object', 'any']);
// NaN and Infinity are valid numerics but not JSON numbers.
const isJsonLiteral = (text: string) => !/^-?(NaN|Infinity)$/.test(text);

/** A file written in chunks while its size and SHA-256 are computed; fsynced when finished. */
export class HashedFile {
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes = 0;

  private constructor(
    readonly filePath: string,
    private readonly handle: FileHandle,
  ) {}

  /** Creates the file; fails if it exists, so two attempts never share a file. */
  static async create(filePath: string): Promise<HashedFile> {
    return new HashedFile(filePath, await open(filePath, 'wx'));
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    await this.handle.write(buffer);
  }

  /** Flushes, fsyncs and closes; returns the size in bytes and the hex SHA-256. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

export interface SinkFile {
  file: HashedFile;
  format: ExportFormatName;
  name: string;
}

/**
 * Writes one tabular resource to a file per format as rows stream in: CSV with a header, NDJSON
 * one object per line, and JSON as an array with one row per line (so it can be read back line by line).
 */
export class ResourceSink {
  private rows = 0;
  private readonly files: SinkFile[];

  private constructor(
    readonly resource: string,
    readonly fields: FieldDescriptor[],
    files: SinkFile[],
  ) {
    this.files = files;
  }

  static async open(
    dir: string,
    resource: string,
    fields: FieldDescriptor[],
    formats: readonly ExportFormatName[],
  ): Promise<ResourceSink> {
    const files: SinkFile[] = [];
    try {
      for (const format of formats) {
        const name = `${resource}.${format}`;
        files.push({ file: await HashedFile.create(path.join(dir, name)), format, name });
      }
    } catch (error) {
      await Promise.all(files.map(({ file }) => file.abandon()));
      throw error;
    }
    const sink = new ResourceSink(resource, fields, files);
    for (const { file, format } of files) {
      if (format === 'csv') await file.write(csvLine(fields.map((field) => field.name)));
      if (format === 'json') await file.write('[');
    }
    return sink;
  }

  /** Rows as objects keyed by field name (missing keys are null). */
  async writeRows(rows: readonly Record<string, unknown>[]): Promise<void> {
    for (const { file, format } of this.files) {
      const lines: string[] = [];
      let index = this.rows;
      for (const row of rows) {
        const values = this.fields.map((field) => normaliseValue(row[field.name] ?? null, field.type));
        if (format === 'csv') lines.push(csvLine(values));
        else {
          const json = JSON.stringify(
            Object.fromEntries(this.fields.map((field, i) => [field.name, values[i]])),
          );
          lines.push(format === 'ndjson' ? `${json}\n` : `${index === 0 ? '\n' : ',\n'}${json}`);
        }
        index++;
      }
      await file.write(lines.join(''));
    }
    this.rows += rows.length;
  }

  /**
   * Rows as Postgres text values in field order (the full-dataset path: no parsing, so memory and
   * CPU stay low). Numbers, booleans and JSON go into JSON as they are; other values as strings.
   */
  async writeTextRows(rows: readonly (string | null)[][]): Promise<void> {
    const keys = this.fields.map((field) => `${JSON.stringify(field.name)}:`);
    const raw = this.fields.map((field) => rawJsonTypes.has(field.type));
    for (const { file, format } of this.files) {
      const lines: string[] = [];
      let index = this.rows;
      for (const row of rows) {
        if (format === 'csv') lines.push(csvLine(row));
        else {
          let json = '{';
          for (let column = 0; column < keys.length; column++) {
            const value = row[column] ?? null;
            json += `${column ? ',' : ''}${keys[column]}${value === null ? 'null' : raw[column] && isJsonLiteral(value) ? value : JSON.stringify(value)}`;
          }
          json += '}';
          lines.push(format === 'ndjson' ? `${json}\n` : `${index === 0 ? '\n' : ',\n'}${json}`);
        }
        index++;
      }
      await file.write(lines.join(''));
    }
    this.rows += rows.length;
  }

  async finish(): Promise<ExportFileRecord[]> {
    const records: ExportFileRecord[] = [];
    for (const { file, format, name } of this.files) {
      if (format === 'json') await file.write(this.rows ? '\n]\n' : ']\n');
      const { bytes, sha256 } = await file.finish();
      records.push({
        name,
        resource: this.resource,
        format,
        mediaType: MEDIA_TYPES[format],
        bytes,
        rows: this.rows,
        sha256,
      });
    }
    return records;
  }

  async abandon(): Promise<void> {
    await Promise.all(this.files.map(({ file }) => file.abandon()));
  }
}
