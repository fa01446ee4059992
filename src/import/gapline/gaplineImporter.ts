/**
 * Gapline files (a whole review, `src/domain/schema`): ids are kept, so importing the same
 * file again gives exactly the same review.
 */
import {
  readReviewDocument,
  type ReviewDocumentErrorCode,
} from '../../domain/schema/parseReviewDocument';
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

function parseValue(value: unknown, _options: ImportOptions): ImportResult {
  const read = readReviewDocument(value);
  if (!read.ok) return importFailure(ERROR_CODES[read.error.code], read.error.message);
  return {
    ok: true,
    format: 'gapline',
    incidents: [{ data: read.data, warnings: [], rejected: [] }],
    rejected: [],
  };
}

export const gaplineImporter: JsonImporter = {
  format: 'gapline',
  detect: (head) => /^\s*\{/.test(head.slice(0, 1_000)) && /"type"\s*:\s*"gapline"/.test(head),
  detectValue: (value) => isRecord(value) && value['type'] === 'gapline',
  parseValue: (value, options) => neverThrows(() => parseValue(value, options)),
  parse: (raw, options) =>
    neverThrows(() => {
      const json = parseJsonSafely(raw);
      return json.ok ? parseValue(json.value, options) : { ok: false, error: json.error };
    }),
};
