/**
 * Streams the records of CSV text through papaparse, each with the line of the file where
 * it starts (the first line is 1; quoted cells spanning lines are counted). The text must
 * use `\n` line endings.
 */
import Papa from 'papaparse';

export interface CsvRecord {
  readonly cells: readonly string[];
  /** Line where the record starts. */
  readonly line: number;
  /** papaparse's complaint about this record (e.g. an unclosed quote), if any. */
  readonly error: string | null;
}

/** Calls `onRecord` for each record, in file order; returning `false` stops the parse. */
export function readCsvRecords(
  text: string,
  delimiter: string,
  onRecord: (record: CsvRecord) => boolean,
): void {
  let line = 1;
  let scanned = 0;
  let nextStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const start = nextStart;
      for (
        let k = text.indexOf('\n', scanned);
        k >= 0 && k < start;
        k = text.indexOf('\n', k + 1)
      ) {
        line++;
      }
      scanned = start;
      nextStart = results.meta.cursor + 1;
      const first = results.errors[0];
      const error = first === undefined ? null : `${first.message.replace(/\.$/, '')}`;
      if (!onRecord({ cells: results.data, line, error })) parser.abort();
    },
  });
}
