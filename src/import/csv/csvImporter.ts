/**
 * CSV/TSV timelines (`timestamp,channel,author,kind,message`, optional `phase`; header
 * names in any case and order; comma, semicolon or tab). Every record becomes a row or a
 * rejection with the line where it starts; the rest imports.
 */
import { FIELD_LIMITS } from '../../domain/schema/fieldLimits';
import { isValidTimeZone } from '../../domain/time/isValidTimeZone';
import type { ImportOptions, ImportResult, Importer, RejectedRow } from '../contract';
import { importFailure } from '../importFailure';
import { neverThrows } from '../neverThrows';
import { buildCsvIncident } from './buildCsvIncident';
import { readCsvHeader, firstLine } from './readCsvHeader';
import { readCsvRecords } from './readCsvRecords';
import { readCsvRow, type CsvRow } from './readCsvRow';

/** BOM dropped, `\r\n` and `\r` line endings turned into `\n` (lines are counted the same). */
export function normalizeCsvText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function parseCsv(raw: string, options: ImportOptions): ImportResult {
  if (!isValidTimeZone(options.timeZone)) {
    return importFailure(
      'invalid-file',
      `The time zone ${JSON.stringify(options.timeZone)} is not known.`,
    );
  }
  const text = normalizeCsvText(raw);
  if (text.trim() === '') return importFailure('empty', 'The file is empty.');
  const header = readCsvHeader(firstLine(text));
  if (header === null) {
    return importFailure(
      'unknown-format',
      'The first line is not a CSV/TSV header with the columns timestamp, channel, author, kind and message.',
    );
  }
  if (header.columns.channel === undefined) {
    return importFailure('invalid-file', 'The CSV header has no channel column.');
  }
  const context = { timeZone: options.timeZone, dateOrder: options.dateOrder };
  const rows: CsvRow[] = [];
  const rejected: RejectedRow[] = [];
  let sawHeader = false;
  let records = 0;
  readCsvRecords(text, header.delimiter, ({ cells, line, error }) => {
    if (cells.every((c) => c.trim() === '')) return true;
    if (!sawHeader) {
      sawHeader = true;
      return true;
    }
    if (++records > FIELD_LIMITS.records) return false;
    if (error !== null) {
      rejected.push({ line, path: null, reason: `malformed row: ${error}` });
      return true;
    }
    const reading = readCsvRow(cells, line, header.columns, context);
    if (reading.ok) rows.push(reading.row);
    else rejected.push({ line, path: null, reason: reading.reason });
    return true;
  });
  if (records > FIELD_LIMITS.records) {
    return importFailure('too-large', `The file has more than ${FIELD_LIMITS.records} rows.`);
  }
  if (records === 0) return importFailure('empty', 'The file has a header but no rows.');
  return {
    ok: true,
    format: 'csv',
    incidents: [buildCsvIncident(rows, rejected, options)],
    rejected: [],
  };
}

export const csvImporter: Importer = {
  format: 'csv',
  detect: (head) => readCsvHeader(firstLine(normalizeCsvText(head.slice(0, 4_096)))) !== null,
  parse: (raw, options) => neverThrows(() => parseCsv(raw, options)),
};
