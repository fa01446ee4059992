/**
 * One cell of a CSV file that is safe to open in a spreadsheet (OWASP CSV injection;
 * ASVS 1.2.10): a cell that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or
 * NUL could run as a formula, so it gets a leading `'` and stays text. Then RFC 4180:
 * a cell holding a comma, a quote, a line break or edge blanks is quoted, quotes doubled.
 */
// eslint-disable-next-line no-control-regex -- NUL is one of the formula triggers
const FORMULA_START = /^[=+\-@\t\r\u0000]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** The cell's text with a leading `'` when a spreadsheet could read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: comma-separated cells, CRLF after every row (RFC 4180). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
