/**
 * Writes every review given as one Gapline backup (the current backup version, each review
 * in the current document version). Pure: the export time is passed in.
 */
import type { EpochMs, ReviewData } from '../model';
import { BACKUP_DOCUMENT_TYPE, CURRENT_BACKUP_VERSION } from './backupDocumentSchema';
import { reviewDocument } from './serializeReview';

export function serializeBackup(reviews: readonly ReviewData[], exportedAt: EpochMs): string {
  return JSON.stringify({
    type: BACKUP_DOCUMENT_TYPE,
    version: CURRENT_BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    reviews: reviews.map((data) => reviewDocument(data, exportedAt)),
  });
}
