/**
 * What the store needs from storage. The store never imports Dexie: the app's
 * composition root passes an implementation (src/persistence's Dexie gateway in the
 * app, an in-memory one when IndexedDB is unavailable or in tests).
 *
 * Every method that writes is ONE transaction and resolves only after it completed,
 * so "Saved" can be shown honestly. A rejected promise means nothing was written.
 */
import type { GapSummary } from './gaps/types';
import type {
  Collection,
  EpochMs,
  Incident,
  PlanAction,
  Preparation,
  Review,
  ReviewData,
  ReviewRecords,
  Session,
} from './model';

export interface ReviewListItem {
  readonly review: Review;
  readonly incidentTitle: string;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  readonly severity: Incident['severity'];
  /** Longest gap in minutes, computed by the domain when the list is read; null if not analysable. */
  readonly longestGap: number | null;
  /** The gap analysis' figures (History compares reviews by them); null if not analysable. */
  readonly summary: GapSummary | null;
  /** Its plan's actions not done yet (open or in progress), for the next review's follow-up. */
  readonly pendingActions: readonly PlanAction[];
}

/** Writes one record of a collection (adds it, or replaces the one with its id). */
export type PutOperation = {
  readonly [K in Collection]: {
    readonly type: 'put';
    readonly collection: K;
    readonly record: ReviewRecords[K];
    /** The record as this window knew it before the edit (see `Based`). */
    readonly base?: ReviewRecords[K];
  };
}[Collection];

/**
 * `base` of a put: the record as the writing window knew it before this edit. Storage then
 * writes only the fields the edit changed over the record as stored now (`rebaseRecord`),
 * so a window whose copy is stale never puts back another window's change. Without a
 * base (a new record) the record is written whole.
 */
type Based<T> = { readonly record: T; readonly base?: T };

/** One typed operation on one record: the unit of saving, undo and (later) sync. */
export type Operation =
  | ({ readonly type: 'put-review' } & Based<Review>)
  | ({ readonly type: 'put-incident' } & Based<Incident>)
  | ({ readonly type: 'put-session' } & Based<Session>)
  | ({ readonly type: 'put-preparation' } & Based<Preparation>)
  | PutOperation
  | { readonly type: 'delete'; readonly collection: Collection; readonly id: string };

/** `put` for a record of collection `K`, typed. */
export function putRecord<K extends Collection>(
  collection: K,
  record: ReviewRecords[K],
): Operation {
  // TypeScript cannot correlate `K` across the mapped union; the pair is right by construction.
  return { type: 'put', collection, record } as PutOperation;
}

export function deleteRecord(collection: Collection, id: string): Operation {
  return { type: 'delete', collection, id };
}

/** Progress of a chunked write: communications written so far, of `total`. */
export type ImportProgress = (written: number, total: number) => void;

/** A review and its incident: what a page shows of a review while the rest is read. */
export interface ReviewHead {
  readonly review: Review;
  readonly incident: Incident;
}

export interface ReviewGateway {
  listReviews(): Promise<readonly ReviewListItem[]>;
  loadReview(reviewId: string): Promise<ReviewData | null>;
  /**
   * The review and its incident alone (null when there is no such ready review), read
   * quickly so that a page can show which review opens while its messages are read.
   * Storage whose whole read is quick leaves it out.
   */
  loadReviewHead?(reviewId: string): Promise<ReviewHead | null>;
  /** Writes a whole review (import, demo, new) in one transaction. */
  createReview(data: ReviewData): Promise<void>;
  /**
   * Writes a big review in chunks, reporting progress, and can be cancelled: no list shows
   * it until the last chunk is in, and an abort, a failure or a crash leaves nothing of it
   * (the promise rejects; an abort with a DOMException named `AbortError`). Storage that
   * cannot do this leaves it out, and big reviews are written whole.
   */
  createReviewChunked?(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Applies operations of one user action in one transaction; bumps the review's updatedAt. */
  apply(reviewId: string, operations: readonly Operation[]): Promise<void>;
  deleteReview(reviewId: string): Promise<void>;
}
