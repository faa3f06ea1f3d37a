import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunDefinition } from '../../server/src/modules/exports/exports.model.js';
import { writeDataPackage } from '../../server/src/modules/exports/snapshot/datapackage.js';
import type { FieldDescriptor } from '../../server/src/modules/exports/snapshot/field-types.js';
import { flattenResult } from '../../server/src/modules/exports/snapshot/flatten.js';
import { ResourceSink } from '../../server/src/modules/exports/snapshot/resource-sink.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'clout-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const fields: FieldDescriptor[] = [
  { name: 'id', type: 'integer' },
  { name: 'name', type: 'string' },
  { name: 'note', type: 'string' },
  { name: 'score', type: 'number' },
  { name: 'years', type: 'array' },
  { name: 'at', type: 'datetime' },
  { name: 'flag', type: 'boolean' },
];
const rows = [
  {
    id: 1,
    name: 'Plain',
    note: null,
    score: 1.5,
    years: [2024, 2025],
    at: new Date('2025-10-13T08:00:00Z'),
    flag: true,
  },
  { id: 2, name: 'Comma, "quoted"', note: '', score: -0.25, years: [], at: null, flag: false },
  { id: 3, name: 'Line\nbreak\r\nand CRLF', note: ' padded ', score: 0, years: null, at: null, flag: null },
  {
    id: 4,
    name: 'Unicode: Hmeimim — Ḥmeimīm, Тартус, 塔尔图斯',
    note: '=1+1',
    score: 1e21,
    years: [1],
    at: null,
    flag: true,
  },
];

describe('resource writer', () => {
  it('writes CSV that an independent parser reads back exactly, with bytes and SHA-256 right', async () => {
    const sink = await ResourceSink.open(dir, 'sample', fields, ['csv', 'ndjson', 'json']);
    await sink.writeRows(rows.slice(0, 2));
    await sink.writeRows(rows.slice(2));
    const files = await sink.finish();
    expect(files.map((file) => file.name)).toEqual(['sample.csv', 'sample.ndjson', 'sample.json']);

    for (const file of files) {
      const full = path.join(dir, file.name);
      expect(file.rows).toBe(rows.length);
      expect(file.bytes).toBe(readFileSync(full).length);
      expect(file.sha256).toBe(sha256(full));
    }

    const records = parse(readFileSync(path.join(dir, 'sample.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(records).toHaveLength(rows.length);
    expect(Object.keys(records[0]!)).toEqual(fields.map((field) => field.name));
    expect(records.map((record) => record.name)).toEqual(rows.map((row) => row.name));
    expect(records.map((record) => record.note)).toEqual(['', '', ' padded ', '=1+1']);
    expect(records[0]).toMatchObject({
      id: '1',
      score: '1.5',
      years: '[2024,2025]',
      at: '2025-10-13T08:00:00.000Z',
      flag: 'true',
    });
    // Null and the empty string stay apart: an empty cell versus "".
    const raw = readFileSync(path.join(dir, 'sample.csv'), 'utf8').split('\r\n');
    expect(raw[1]).toBe(
      '1,Plain,,1.5,[2024,2025],2025-10-13T08:00:00.000Z,true'.replace('[2024,2025]', '"[2024,2025]"'),
    );
    expect(raw[2]).toContain(',"",');

    const expected = rows.map((row) => ({ ...row, at: row.at?.toISOString() ?? null }));
    const ndjson = readFileSync(path.join(dir, 'sample.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(ndjson).toEqual(expected);
    expect(JSON.parse(readFileSync(path.join(dir, 'sample.json'), 'utf8'))).toEqual(expected);
  });

  it('writes an empty table as a header-only CSV and an empty JSON array', async () => {
    const sink = await ResourceSink.open(dir, 'empty', fields.slice(0, 2), ['csv', 'json']);
    const files = await sink.finish();
    expect(readFileSync(path.join(dir, 'empty.csv'), 'utf8')).toBe('id,name\r\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'empty.json'), 'utf8'))).toEqual([]);
    expect(files.every((file) => file.rows === 0)).toBe(true);
  });

  it('never writes over an existing file', async () => {
    await expect(ResourceSink.open(dir, 'sample', fields, ['csv'])).rejects.toThrow(/EEXIST/);
  });

  it('datapackage.json lists every file with bytes, sha256 and schema, and the run’s provenance', async () => {
    const sub = mkdtempSync(path.join(dir, 'package-'));
    const sink = await ResourceSink.open(sub, 'summits', fields, ['csv', 'ndjson']);
    await sink.writeRows(rows);
    const files = await sink.finish();
    const definition: RunDefinition = {
      scheduleName: 'Weekly MENA',
      target: 'saved_query',
      cron: '0 6 * * 1',
      timeZone: 'Europe/Berlin',
      formats: ['csv', 'ndjson'],
      savedQuery: {
        id: 'q1',
        name: 'MENA',
        version: 3,
        document: '{ summits { nodes { id } } }',
        variables: { a: 1 },
      },
    };
    const manifestFile = await writeDataPackage(
      sub,
      {
        runId: '00000000-0000-4000-8000-000000000001',
        scheduleId: 's1',
        trigger: 'schedule',
        scheduledFor: new Date('2025-03-24T05:00:00Z'),
        definition,
        snapshotAt: new Date('2025-03-24T05:00:02Z'),
        dataVersion: 42,
        dataChangedAt: new Date('2025-03-20T10:00:00Z'),
        methodologyVersion: 1,
      },
      files.map((file) => ({ file, schema: { fields, primaryKey: ['id'] } })),
    );
    const manifestPath = path.join(sub, 'datapackage.json');
    expect(manifestFile.sha256).toBe(sha256(manifestPath));
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.profile).toBe('tabular-data-package');
    expect(manifest.resources).toHaveLength(2);
    for (const resource of manifest.resources) {
      const full = path.join(sub, resource.path);
      expect(resource.bytes).toBe(readFileSync(full).length);
      expect(resource.hash).toBe(`sha256:${sha256(full)}`);
      expect(resource.sha256).toBe(sha256(full));
      expect(resource.schema.fields).toEqual(fields);
      expect(resource.schema.primaryKey).toEqual(['id']);
    }
    expect(manifest.clout).toMatchObject({
      runId: '00000000-0000-4000-8000-000000000001',
      schedule: { name: 'Weekly MENA', cron: '0 6 * * 1', timeZone: 'Europe/Berlin' },
      query: '{ summits { nodes { id } } }',
      variables: { a: 1 },
      methodologyVersion: 1,
      dataVersion: 42,
      dataTime: '2025-03-20T10:00:00.000Z',
      scheduledFor: '2025-03-24T05:00:00.000Z',
    });
  });
});

describe('flattening a query result into one table per list', () => {
  it('unwraps connections, dots nested objects, links nested lists to their parent', () => {
    const resources = flattenResult({
      summits: {
        totalCount: 2,
        nodes: [
          {
            id: 'a',
            name: 'A',
            host: { code: 'EGY' },
            participants: [{ status: 'ATTENDED', actor: { code: 'USA' } }],
          },
          { id: 'b', name: 'B', host: null, participants: [] },
        ],
      },
      armsTransfers: { edges: [{ cursor: 'x', node: { id: 't1', years: [2020, 2021] } }] },
      methodology: { version: 1 },
    });
    const byName = new Map(resources.map((resource) => [resource.name, resource]));
    expect([...byName.keys()].sort()).toEqual([
      'arms-transfers.edges',
      'methodology',
      'summits',
      'summits.nodes',
      'summits.nodes.participants',
    ]);
    expect(byName.get('summits')!.rows).toEqual([{ totalCount: 2 }]);
    expect(byName.get('summits.nodes')!.rows).toEqual([
      { id: 'a', name: 'A', 'host.code': 'EGY' },
      { id: 'b', name: 'B', host: null },
    ]);
    expect(byName.get('summits.nodes')!.primaryKey).toEqual(['id']);
    expect(byName.get('summits.nodes.participants')!.rows).toEqual([
      { _parent: 'a', status: 'ATTENDED', 'actor.code': 'USA', _row: 1 },
    ]);
    expect(byName.get('summits.nodes.participants')!.primaryKey).toEqual(['_parent', '_row']);
    expect(byName.get('arms-transfers.edges')!.rows).toEqual([{ id: 't1', years: [2020, 2021] }]);
    expect(byName.get('arms-transfers.edges')!.fields).toEqual([
      { name: 'id', type: 'string' },
      { name: 'years', type: 'array' },
    ]);
  });
});
