/**
 * Writes one whole review as a Gapline file (the current format version). Pure: the
 * export time is passed in (default: the review's last change), never read from a clock.
 * Only the model's known fields are written.
 */
import type {
  Collection,
  EpochMs,
  Incident,
  Preparation,
  Review,
  ReviewData,
  ReviewRecords,
  Session,
} from '../model';
import { COLLECTIONS } from '../model';
import { CURRENT_DOCUMENT_VERSION } from './documentMigrations';
import { REVIEW_DOCUMENT_TYPE } from './reviewDocumentSchema';

const REVIEW_KEYS: readonly (keyof Review)[] = [
  'id',
  'title',
  'status',
  'createdAt',
  'updatedAt',
  'createdBy',
];
const INCIDENT_KEYS: readonly (keyof Incident)[] = [
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
];
const SESSION_KEYS: readonly (keyof Session)[] = [
  'id',
  'reviewId',
  'step',
  'timers',
  'anonymous',
  'votesPerParticipant',
  'votesRevealed',
  'sound',
  'facilitator',
  'updatedAt',
];
const PREPARATION_KEYS: readonly (keyof Preparation)[] = [
  'id',
  'reviewId',
  'customerImpact',
  'expectedDuration',
  'affected',
  'affectedDetail',
  'workaroundAvailable',
  'workaround',
  'updatedAt',
];

/** The fields of each collection's records, in the order they are written. */
const RECORD_KEYS: { readonly [K in Collection]: readonly (keyof ReviewRecords[K])[] } = {
  channels: ['id', 'reviewId', 'name', 'updatedAt'],
  communications: [
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
  ],
  phases: ['id', 'reviewId', 'kind', 'start', 'end', 'updatedAt'],
  notes: [
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
  ],
  participants: ['id', 'reviewId', 'name', 'role', 'updatedAt'],
  rootCauses: ['id', 'reviewId', 'whys', 'noteIds', 'selected', 'createdAt', 'updatedAt'],
  votes: ['id', 'reviewId', 'rootCauseId', 'participantId', 'updatedAt'],
  actions: [
    'id',
    'reviewId',
    'rootCauseId',
    'text',
    'owner',
    'deadline',
    'status',
    'createdAt',
    'updatedAt',
  ],
  whatIfs: ['id', 'reviewId', 'instant', 'text', 'updatedAt'],
  attachments: ['id', 'reviewId', 'name', 'mimeType', 'dataUrl', 'caption', 'updatedAt'],
  dismissals: ['id', 'reviewId', 'rule', 'communicationId', 'updatedAt'],
};

export function serializeReview(
  data: ReviewData,
  exportedAt: EpochMs = data.review.updatedAt,
): string {
  return JSON.stringify(reviewDocument(data, exportedAt));
}

/** The Gapline file of one review as plain JSON data (a backup holds several of these). */
export function reviewDocument(
  data: ReviewData,
  exportedAt: EpochMs = data.review.updatedAt,
): Readonly<Record<string, unknown>> {
  const records = Object.fromEntries(
    COLLECTIONS.map((name) => [
      name,
      (data[name] as readonly object[]).map((r) =>
        pick(r as Record<string, unknown>, RECORD_KEYS[name] as readonly string[]),
      ),
    ]),
  );
  return {
    type: REVIEW_DOCUMENT_TYPE,
    version: CURRENT_DOCUMENT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    review: pick(data.review, REVIEW_KEYS),
    incident: pick(data.incident, INCIDENT_KEYS),
    ...records,
    session: data.session === null ? null : pick(data.session, SESSION_KEYS),
    preparation: data.preparation === null ? null : pick(data.preparation, PREPARATION_KEYS),
  };
}

/** Copies the named keys only, so stray properties never leak into a file. */
function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}
