/**
 * Finds the CSV/TSV header: the delimiter (comma, semicolon or tab) that splits the
 * first line into cells naming `timestamp`, `kind` and `message` (any case, any order),
 * and the column of each known field.
 */
export const CSV_FIELDS = ['timestamp', 'channel', 'author', 'kind', 'message', 'phase'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export type CsvColumns = Readonly<Partial<Record<CsvField, number>>>;

export interface CsvHeader {
  readonly delimiter: ',' | ';' | '\t';
  readonly columns: CsvColumns;
}

const DELIMITERS = [',', ';', '\t'] as const;
const REQUIRED: readonly CsvField[] = ['timestamp', 'kind', 'message'];
/** A header line longer than this is not a header. */
const MAX_HEADER_LENGTH = 2_000;

const cleanName = (cell: string): string =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toLowerCase();

/** The first line holding anything but spaces. */
export function firstLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + MAX_HEADER_LENGTH + 1)).replace(/\r$/, '');
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return '';
}

export function readCsvHeader(line: string): CsvHeader | null {
  if (line.length > MAX_HEADER_LENGTH) return null;
  let best: CsvHeader | null = null;
  let bestCells = 0;
  for (const delimiter of DELIMITERS) {
    const names = line.split(delimiter).map(cleanName);
    const columns: Partial<Record<CsvField, number>> = {};
    for (const field of CSV_FIELDS) {
      const index = names.indexOf(field);
      if (index >= 0) columns[field] = index;
    }
    if (REQUIRED.every((f) => columns[f] !== undefined) && names.length > bestCells) {
      best = { delimiter, columns };
      bestCells = names.length;
    }
  }
  return best;
}
