export type CellValue = string | number | boolean | null | undefined;

export interface Column<Row> {
  key: string;
  label: string;
  value: (row: Row) => CellValue;
  /** How the table view shows the value; CSV always carries the raw value. */
  format?: (row: Row) => string;
  numeric?: boolean;
}

/** RFC 4180 CSV with a header row; empty cells for missing values. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => escapeCell(column.label))];
  for (const row of rows) lines.push(columns.map((column) => escapeCell(column.value(row))));
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function escapeCell(value: CellValue): string {
  if (value == null) return '';
  let text = String(value);
  // Spreadsheets run cells that start with these as formulas; a leading quote keeps them text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
