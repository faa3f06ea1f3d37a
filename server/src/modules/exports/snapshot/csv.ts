// RFC 4180 CSV: CRLF line ends; a cell is quoted when it holds a comma, quote, CR or LF, or
// leading/trailing space. Null is an empty cell and the empty string is "" so the two stay apart.

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = toText(value);
  if (text === '') return '""';
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Scalars as text; arrays and objects as JSON so they survive a round trip. */
function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
