/**
 * Gapline backups (every review of a browser in one file, `src/domain/schema`): one
 * imported incident per review, ids kept, so restoring a backup gives back the same
 * reviews. What to do with a review whose id is already in the browser is the caller's
 * choice (the app imports it as a copy).
 */
import {
  readBackupDocument,
  type BackupDocumentResult,
} from '../../domain/schema/parseBackupDocument';
import type { ReviewDocumentErrorCode } from '../../domain/schema/parseReviewDocument';
import type { ImportErrorCode, ImportOptions, ImportResult } from '../contract';
import { importFailure } from '../importFailure';
import type { JsonImporter } from '../jsonImporter';
import { isRecord } from '../json/isRecord';
import { parseJsonSafely } from '../json/parseJsonSafely';
import { neverThrows } from '../neverThrows';

const ERROR_CODES: Readonly<Record<ReviewDocumentErrorCode, ImportErrorCode>> = {
  'invalid-json': 'invalid-json',
  'not-gapline': 'unknown-format',
  'unsupported-version': 'unsupported-version',
  'invalid-document': 'invalid-file',
};

function toImportResult(read: BackupDocumentResult): ImportResult {
  if (!read.ok) return importFailure(ERROR_CODES[read.error.code], read.error.message);
  return {
    ok: true,
    format: 'gapline-backup',
    incidents: read.reviews.map((data) => ({ data, warnings: [], rejected: [] })),
    rejected: [],
  };
}

const parseValue = (value: unknown, _options: ImportOptions): ImportResult =>
  toImportResult(readBackupDocument(value));

export const gaplineBackupImporter: JsonImporter = {
  format: 'gapline-backup',
  detect: (head) =>
    /^\s*\{/.test(head.slice(0, 1_000)) && /"type"\s*:\s*"gapline-backup"/.test(head),
  detectValue: (value) => isRecord(value) && value['type'] === 'gapline-backup',
  parseValue: (value, options) => neverThrows(() => parseValue(value, options)),
  parse: (raw, options) =>
    neverThrows(() => {
      const json = parseJsonSafely(raw);
      return json.ok ? parseValue(json.value, options) : { ok: false, error: json.error };
    }),
};
