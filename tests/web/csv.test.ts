import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from '../../web/src/lib/download/csv';
import { fileSlug } from '../../web/src/lib/download/save';

interface Row {
  name: string;
  value: number | null;
}

const columns: Column<Row>[] = [
  { key: 'name', label: 'name', value: (row) => row.name },
  { key: 'value', label: 'value', value: (row) => row.value },
];

describe('CSV export', () => {
  it('writes a header and one line per row, empty cells for missing values', () => {
    expect(
      toCsv(columns, [
        { name: 'Russia', value: 18.6 },
        { name: 'China', value: null },
      ]),
    ).toBe('name,value\r\nRussia,18.6\r\nChina,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(columns, [{ name: 'Sharm el-Sheikh, "peace" summit', value: 1 }])).toBe(
      'name,value\r\n"Sharm el-Sheikh, ""peace"" summit",1\r\n',
    );
  });

  it('keeps text that looks like a formula as text, but negative numbers as numbers', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("x")', value: -2.5 }])).toBe(
      'name,value\r\n"\'=HYPERLINK(""x"")",-2.5\r\n',
    );
  });

  it('names files from chart titles', () => {
    expect(fileSlug('Standing in Middle East & North Africa, 2020-Q1–2026-Q4')).toBe(
      'standing-in-middle-east-north-africa-2020-q1-2026-q4',
    );
    expect(fileSlug('Türkiye’s bases')).toBe('turkiye-s-bases');
  });
});
