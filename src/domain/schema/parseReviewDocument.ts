/**
 * Reads a Gapline file into `ReviewData`: refuse prototype-polluting keys, check the
 * version, migrate, validate (new objects, known keys only), check cross-record rules.
 * Never throws; ids are kept, so re-importing a file gives exactly the same review.
 */
import type { ReviewData } from '../model';
import { checkReviewIntegrity } from './checkReviewIntegrity';
import { describeSchemaIssue } from './describeSchemaIssue';
import { migrateDocument } from './documentMigrations';
import { findForbiddenKey } from './findForbiddenKey';
import { REVIEW_DOCUMENT_TYPE, ReviewDocumentSchema } from './reviewDocumentSchema';

export type ReviewDocumentErrorCode =
  'invalid-json' | 'not-gapline' | 'unsupported-version' | 'invalid-document';

export interface ReviewDocumentError {
  readonly code: ReviewDocumentErrorCode;
  readonly message: string;
  /** JSON Pointer of the offending value, when there is one. */
  readonly path: string | null;
}

export type ReviewDocumentResult =
  | { readonly ok: true; readonly data: ReviewData; readonly fromVersion: number }
  | { readonly ok: false; readonly error: ReviewDocumentError };

const fail = (
  code: ReviewDocumentErrorCode,
  message: string,
  path: string | null = null,
): ReviewDocumentResult => ({
  ok: false,
  error: { code, message, path },
});

/** Parses the text of a Gapline file. */
export function parseReviewDocument(json: string): ReviewDocumentResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('invalid-json', 'The file is not valid JSON.');
  }
  return readReviewDocument(value);
}

/** Reads an already parsed Gapline file. */
export function readReviewDocument(value: unknown): ReviewDocumentResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('not-gapline', 'The file is not a Gapline file.');
  }
  const raw = value as Readonly<Record<string, unknown>>;
  if (raw['type'] !== REVIEW_DOCUMENT_TYPE) {
    return fail('not-gapline', 'The file is not a Gapline file.');
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== null) {
    return fail('invalid-document', `The file holds a forbidden key at ${forbidden}.`, forbidden);
  }
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return fail('unsupported-version', migrated.message, '/version');

  const parsed = ReviewDocumentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const { path, reason } = first
      ? describeSchemaIssue(first)
      : { path: '', reason: 'invalid value' };
    return fail('invalid-document', `Invalid Gapline file at ${path || '/'}: ${reason}.`, path);
  }
  const { type: _type, version: _version, exportedAt: _exportedAt, ...data } = parsed.data;
  const problem = checkReviewIntegrity(data);
  if (problem !== null) {
    return fail(
      'invalid-document',
      `Invalid Gapline file at ${problem.path}: ${problem.message}.`,
      problem.path,
    );
  }
  return { ok: true, data, fromVersion: migrated.fromVersion };
}
