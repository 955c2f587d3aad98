/*
 * CSV that opens correctly in a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise reads accents
 * as Windows-1252), RFC 4180 quoting and CRLF line ends. French and Dutch spreadsheets expect `;` between
 * fields and a decimal comma; English ones `,` and a decimal point.
 */

/** Field separator. */
export type CsvSeparator = ',' | ';';

/** One cell: text, a number, or nothing. */
export type CsvCell = string | number | undefined;

/** The byte-order mark, first character of every file. */
export const bom = '\uFEFF';

/** `;` where the spreadsheet uses a decimal comma (French, Dutch), else `,`. */
export function defaultSeparator(language: string): CsvSeparator {
  return language === 'fr' || language === 'nl' ? ';' : ',';
}

/** A number with a decimal comma under `;` (the comma is then free) and a point under `,`. */
function formatNumber(value: number, separator: CsvSeparator): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

function formatText(value: string, separator: CsvSeparator): string {
  // A text the spreadsheet would run as a formula (a trainee named « =HYPERLINK(…) ») is kept as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvField(cell: CsvCell, separator: CsvSeparator): string {
  if (cell === undefined) return '';
  return typeof cell === 'number' ? formatNumber(cell, separator) : formatText(cell, separator);
}

/** The whole file: BOM, then one line per row, each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator: CsvSeparator): string {
  return (
    bom + rows.map((row) => `${row.map((cell) => csvField(cell, separator)).join(separator)}\r\n`).join('')
  );
}
