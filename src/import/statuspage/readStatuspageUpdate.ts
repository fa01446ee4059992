/**
 * One entry of a Statuspage incident's `incident_updates`: a communication on the
 * channel `Status page`, plus one on `Twitter/X` when it carries a `tweet_id`
 * (`../shared/spec/gaps.md`, Terms). A malformed entry is rejected with its JSON Pointer.
 */
import type { CommunicationKind, InstantSource } from '../../domain/model';
import { FIELD_LIMITS } from '../../domain/schema/fieldLimits';
import type { RejectedRow } from '../contract';
import type { DraftCommunication } from '../assembleReview';
import { isRecord } from '../json/isRecord';
import { htmlToText } from '../text/htmlToText';
import type { TimestampContext } from '../time/parseTimestamp';
import { readSourceTime } from './readSourceTime';
import { tweetInstant } from './tweetInstant';

export const STATUS_PAGE_CHANNEL = 'Status page';
export const TWITTER_CHANNEL = 'Twitter/X';

export interface UpdateContext {
  /** JSON Pointer of this update. */
  readonly path: string;
  readonly author: string;
  readonly instantSource: InstantSource;
  readonly timestamps: TimestampContext;
}

export type UpdateReading =
  | {
      readonly ok: true;
      readonly update: DraftCommunication;
      readonly tweet: DraftCommunication | null;
      /** Problems that did not stop the update (an unreadable `tweet_id`). */
      readonly notes: readonly RejectedRow[];
      /** Some time had no offset and was read in the import zone. */
      readonly usedZone: boolean;
    }
  | { readonly ok: false; readonly rejected: RejectedRow };

export function kindOfStatus(status: string | null): CommunicationKind {
  if (status === 'resolved') return 'resolution';
  if (status === 'postmortem') return 'follow-up';
  return 'update';
}

export function readStatuspageUpdate(raw: unknown, context: UpdateContext): UpdateReading {
  const reject = (reason: string): UpdateReading => ({
    ok: false,
    rejected: { line: null, path: context.path, reason },
  });
  if (!isRecord(raw)) return reject('the update is not an object');

  const rawId = raw['id'];
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : rawId;
  if (typeof id !== 'string' || id.trim() === '') return reject('the update has no id');
  if (id.length > FIELD_LIMITS.id)
    return reject(`the update id is longer than ${FIELD_LIMITS.id} characters`);

  const displayAt = readSourceTime(raw['display_at'], 'display_at', context.timestamps);
  const createdAt = readSourceTime(raw['created_at'], 'created_at', context.timestamps);
  if (displayAt.kind === 'bad') return reject(displayAt.reason);
  if (createdAt.kind === 'bad') return reject(createdAt.reason);
  const display = displayAt.kind === 'ok' ? displayAt : null;
  const created = createdAt.kind === 'ok' ? createdAt : null;
  const chosen =
    context.instantSource === 'created_at' ? (created ?? display) : (display ?? created);
  if (chosen === null) return reject('the update has neither display_at nor created_at');

  const body = raw['body'];
  if (body !== null && body !== undefined && typeof body !== 'string')
    return reject('body is not text');
  // HTML shrinks when converted; a body far beyond the cap is refused before any work.
  if (typeof body === 'string' && body.length > FIELD_LIMITS.text * 4) {
    return reject(`body is longer than ${FIELD_LIMITS.text} characters`);
  }
  const text = typeof body === 'string' ? htmlToText(body) : '';
  if (text.length > FIELD_LIMITS.text)
    return reject(`body is longer than ${FIELD_LIMITS.text} characters`);

  const rawStatus = raw['status'];
  const status =
    typeof rawStatus === 'string' && rawStatus.length <= FIELD_LIMITS.name
      ? rawStatus.trim().toLowerCase()
      : null;
  const kind = kindOfStatus(status);
  const update: DraftCommunication = {
    instant: chosen.instant.ms,
    offsetMinutes: chosen.instant.offsetMinutes,
    channel: STATUS_PAGE_CHANNEL,
    author: context.author,
    kind,
    text,
    sourceId: id,
    sourceTimes: { displayAt: display?.instant ?? null, createdAt: created?.instant ?? null },
    sourceStatus: status,
    affectedComponents: componentNames(raw['affected_components']),
  };

  const tweetTime = tweetInstant(raw['tweet_id']);
  const notes: RejectedRow[] = [];
  let tweet: DraftCommunication | null = null;
  if (tweetTime !== null && !tweetTime.ok) {
    notes.push({ line: null, path: `${context.path}/tweet_id`, reason: tweetTime.reason });
  } else if (tweetTime !== null) {
    tweet = {
      ...update,
      instant: tweetTime.ms,
      offsetMinutes: 0,
      channel: TWITTER_CHANNEL,
      sourceId: `${id}#tweet`,
      sourceTimes: null,
    };
  }
  const usedZone =
    (display !== null && !display.hadOffset) || (created !== null && !created.hadOffset);
  return { ok: true, update, tweet, notes, usedZone };
}

/** Names of `affected_components` (which may be null, or not even a list). */
function componentNames(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const component of value.slice(0, 1_000)) {
    const name = isRecord(component) ? component['name'] : undefined;
    if (typeof name === 'string' && name.trim() !== '' && name.length <= FIELD_LIMITS.name) {
      names.push(name.trim());
    }
  }
  return names;
}
