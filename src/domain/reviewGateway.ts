/**
 * What the store needs from storage. The store never imports Dexie: the app's
 * composition root passes an implementation (src/persistence's Dexie gateway in the
 * app, an in-memory one when IndexedDB is unavailable or in tests).
 *
 * Every method that writes is ONE transaction and resolves only after it completed,
 * so "Saved" can be shown honestly. A rejected promise means nothing was written.
 */
import type {
  Channel,
  Communication,
  EpochMs,
  Incident,
  Note,
  Phase,
  Review,
  ReviewData,
} from './model';

export interface ReviewListItem {
  readonly review: Review;
  readonly incidentTitle: string;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  /** Longest gap in minutes, computed by the domain when the list is read; null if not analysable. */
  readonly longestGap: number | null;
}

/** One typed operation on one record: the unit of saving, undo and (later) sync. */
export type Operation =
  | { readonly type: 'put-communication'; readonly record: Communication }
  | { readonly type: 'delete-communication'; readonly id: string }
  | { readonly type: 'put-channel'; readonly record: Channel }
  | { readonly type: 'delete-channel'; readonly id: string }
  | { readonly type: 'put-incident'; readonly record: Incident }
  | { readonly type: 'put-phase'; readonly record: Phase }
  | { readonly type: 'delete-phase'; readonly id: string }
  | { readonly type: 'put-note'; readonly record: Note }
  | { readonly type: 'delete-note'; readonly id: string }
  | { readonly type: 'put-review'; readonly record: Review };

export interface ReviewGateway {
  listReviews(): Promise<readonly ReviewListItem[]>;
  loadReview(reviewId: string): Promise<ReviewData | null>;
  /** Writes a whole review (import, demo, new) in one transaction. */
  createReview(data: ReviewData): Promise<void>;
  /** Applies operations of one user action in one transaction; bumps the review's updatedAt. */
  apply(reviewId: string, operations: readonly Operation[]): Promise<void>;
  deleteReview(reviewId: string): Promise<void>;
}
