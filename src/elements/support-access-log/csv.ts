/**
 * A small RFC 4180 writer for the audit log's export: fields quoted when they hold `"`, `,`, CR or
 * LF, quotes doubled, CRLF between records. A field that a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`, so opening the file never runs server text.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** Put before the text so spreadsheets read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  let text = `${value ?? ''}`;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records to CSV text, each ending in CRLF (no BOM: add `CSV_BOM` when writing a file). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
