/**
 * Writes one whole review as a Gapline file (the current format version). Pure: the
 * export time is passed in (default: the review's last change), never read from a clock.
 * Only the model's known fields are written.
 */
import type { EpochMs, ReviewData } from '../model';
import { CURRENT_DOCUMENT_VERSION } from './documentMigrations';
import { REVIEW_DOCUMENT_TYPE } from './reviewDocumentSchema';

export function serializeReview(
  data: ReviewData,
  exportedAt: EpochMs = data.review.updatedAt,
): string {
  const { review, incident, channels, communications, phases, notes } = data;
  return JSON.stringify({
    type: REVIEW_DOCUMENT_TYPE,
    version: CURRENT_DOCUMENT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    review: pick(review, ['id', 'title', 'status', 'createdAt', 'updatedAt', 'createdBy']),
    incident: pick(incident, [
      'id',
      'reviewId',
      'title',
      'alert',
      'resolution',
      'timeZone',
      'sourceTimeZone',
      'severity',
      'target',
      'instantSource',
      'source',
      'updatedAt',
    ]),
    channels: channels.map((c) => pick(c, ['id', 'reviewId', 'name', 'updatedAt'])),
    communications: communications.map((c) =>
      pick(c, [
        'id',
        'reviewId',
        'instant',
        'offsetMinutes',
        'channelId',
        'author',
        'kind',
        'text',
        'sourceId',
        'order',
        'sourceTimes',
        'sourceStatus',
        'affectedComponents',
        'createdBy',
        'updatedAt',
      ]),
    ),
    phases: phases.map((p) => pick(p, ['id', 'reviewId', 'kind', 'start', 'end', 'updatedAt'])),
    notes: notes.map((n) =>
      pick(n, [
        'id',
        'reviewId',
        'text',
        'category',
        'author',
        'at',
        'onGap',
        'offsetY',
        'createdBy',
        'createdAt',
        'updatedAt',
      ]),
    ),
  });
}

/** Copies the named keys only, so stray properties never leak into a file. */
function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}
