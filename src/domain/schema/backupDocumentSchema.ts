/**
 * The Gapline backup: every review of a browser in one file, each a whole Gapline file
 * (`reviewDocumentSchema.ts`) of its own version, inside a small envelope of its own
 * version. Version 1: `{type: 'gapline-backup', version: 1, exportedAt, reviews: […]}`.
 * The envelope is validated here; each review is read (migrated, validated, checked) by
 * `readReviewDocument`, so a backup keeps working when the review format moves on.
 */
import type { DocumentMigration } from './documentMigrations';
import { z } from './zod';

export const BACKUP_DOCUMENT_TYPE = 'gapline-backup';

export const CURRENT_BACKUP_VERSION = 1;

/** Keyed by the version a migration upgrades FROM (none yet: version 1 is the first). */
export const BACKUP_MIGRATIONS: Readonly<Record<number, DocumentMigration>> = {};

/** Reviews one backup may hold. */
export const MAX_BACKUP_REVIEWS = 10_000;

export const BackupEnvelopeSchema = z.object({
  type: z.literal(BACKUP_DOCUMENT_TYPE),
  version: z.literal(CURRENT_BACKUP_VERSION),
  exportedAt: z.string().check(z.maxLength(64)),
  reviews: z.array(z.unknown()).check(z.maxLength(MAX_BACKUP_REVIEWS)),
});
