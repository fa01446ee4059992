/**
 * Reads a Gapline backup into its reviews: refuse prototype-polluting keys, check and
 * migrate the envelope's version, validate it, then read every review as a Gapline file of
 * its own (migrated, validated, checked). Ids are kept; within one backup every review id
 * and record id must be unique, so the reviews can all be written beside each other.
 * Never throws.
 */
import type { ReviewData } from '../model';
import { COLLECTIONS } from '../model';
import {
  BACKUP_DOCUMENT_TYPE,
  BACKUP_MIGRATIONS,
  BackupEnvelopeSchema,
  CURRENT_BACKUP_VERSION,
} from './backupDocumentSchema';
import { describeSchemaIssue } from './describeSchemaIssue';
import { migrateDocument } from './documentMigrations';
import { findForbiddenKey } from './findForbiddenKey';
import {
  readReviewDocument,
  type ReviewDocumentError,
  type ReviewDocumentErrorCode,
} from './parseReviewDocument';

export type BackupDocumentResult =
  | { readonly ok: true; readonly reviews: readonly ReviewData[]; readonly fromVersion: number }
  | { readonly ok: false; readonly error: ReviewDocumentError };

const fail = (
  code: ReviewDocumentErrorCode,
  message: string,
  path: string | null = null,
): BackupDocumentResult => ({ ok: false, error: { code, message, path } });

/** Parses the text of a Gapline backup. */
export function parseBackupDocument(json: string): BackupDocumentResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('invalid-json', 'The file is not valid JSON.');
  }
  return readBackupDocument(value);
}

/** Reads an already parsed Gapline backup. */
export function readBackupDocument(value: unknown): BackupDocumentResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('not-gapline', 'The file is not a Gapline backup.');
  }
  const raw = value as Readonly<Record<string, unknown>>;
  if (raw['type'] !== BACKUP_DOCUMENT_TYPE) {
    return fail('not-gapline', 'The file is not a Gapline backup.');
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== null) {
    return fail('invalid-document', `The file holds a forbidden key at ${forbidden}.`, forbidden);
  }
  const migrated = migrateDocument(raw, BACKUP_MIGRATIONS, CURRENT_BACKUP_VERSION);
  if (!migrated.ok) return fail('unsupported-version', migrated.message, '/version');
  const envelope = BackupEnvelopeSchema.safeParse(migrated.document);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    const { path, reason } = first
      ? describeSchemaIssue(first)
      : { path: '', reason: 'invalid value' };
    return fail('invalid-document', `Invalid Gapline backup at ${path || '/'}: ${reason}.`, path);
  }

  const reviews: ReviewData[] = [];
  const seen = new Set<string>();
  for (const [i, document] of envelope.data.reviews.entries()) {
    const read = readReviewDocument(document);
    if (!read.ok) {
      const { code, message, path } = read.error;
      const at = `/reviews/${i}${path ?? ''}`;
      const reason =
        code === 'not-gapline'
          ? 'not a Gapline review.'
          : (/^Invalid Gapline file at [^:]*: (.*)$/s.exec(message)?.[1] ?? message);
      return fail(
        code === 'not-gapline' ? 'invalid-document' : code,
        `Invalid Gapline backup at ${at}: ${reason}`,
        at,
      );
    }
    const repeated = firstRepeatedId(read.data, seen);
    if (repeated !== null) {
      const at = `/reviews/${i}${repeated.path}`;
      return fail(
        'invalid-document',
        `Invalid Gapline backup at ${at}: the id "${repeated.id}" is used by an earlier review.`,
        at,
      );
    }
    reviews.push(read.data);
  }
  return { ok: true, reviews, fromVersion: migrated.fromVersion };
}

/** The first id of `data` already in `seen` (then all of its ids are added). */
function firstRepeatedId(
  data: ReviewData,
  seen: Set<string>,
): { readonly id: string; readonly path: string } | null {
  const ids: [string, string][] = [
    [data.review.id, '/review/id'],
    [data.incident.id, '/incident/id'],
  ];
  if (data.session !== null) ids.push([data.session.id, '/session/id']);
  if (data.preparation !== null) ids.push([data.preparation.id, '/preparation/id']);
  for (const name of COLLECTIONS) {
    for (const [j, record] of (data[name] as readonly { readonly id: string }[]).entries()) {
      ids.push([record.id, `/${name}/${j}/id`]);
    }
  }
  const hit = ids.find(([id]) => seen.has(id));
  if (hit !== undefined) return { id: hit[0], path: hit[1] };
  for (const [id] of ids) seen.add(id);
  return null;
}
