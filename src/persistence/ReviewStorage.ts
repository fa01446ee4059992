/**
 * The storage port as persistence sees it. It mirrors `ReviewGateway`, `Operation` and
 * `ReviewListItem` of `src/store/gateway.ts` shape for shape: the layer walls forbid
 * persistence to import the store, and TypeScript's structural typing lets the app pass
 * these classes where the store expects a `ReviewGateway`. A type test
 * (test/unit/persistence/ReviewStorage.types.test.ts) fails to compile if they drift.
 */
import type {
  Channel,
  Communication,
  EpochMs,
  Incident,
  Phase,
  Review,
  ReviewData,
} from '../domain/model';

export interface StoredReviewListItem {
  readonly review: Review;
  readonly incidentTitle: string;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  /** Longest gap in minutes, computed by the domain when the list is read; null if not analysable. */
  readonly longestGap: number | null;
}

export type StorageOperation =
  | { readonly type: 'put-communication'; readonly record: Communication }
  | { readonly type: 'delete-communication'; readonly id: string }
  | { readonly type: 'put-channel'; readonly record: Channel }
  | { readonly type: 'delete-channel'; readonly id: string }
  | { readonly type: 'put-incident'; readonly record: Incident }
  | { readonly type: 'put-phase'; readonly record: Phase }
  | { readonly type: 'delete-phase'; readonly id: string }
  | { readonly type: 'put-review'; readonly record: Review };

/** Progress of a chunked import: communications written so far, of `total`. */
export type ImportProgress = (written: number, total: number) => void;

export interface ReviewStorage {
  listReviews(): Promise<readonly StoredReviewListItem[]>;
  loadReview(reviewId: string): Promise<ReviewData | null>;
  createReview(data: ReviewData): Promise<void>;
  apply(reviewId: string, operations: readonly StorageOperation[]): Promise<void>;
  deleteReview(reviewId: string): Promise<void>;
  /**
   * Writes a big review as `importing`, communications in chunks of `IMPORT_CHUNK_SIZE`,
   * then flips it to `ready`. On abort or failure the partial review is deleted and the
   * promise rejects (an abort with a DOMException named `AbortError`).
   */
  createReviewChunked(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Deletes reviews left `importing` by a crash; resolves with their ids. */
  cleanUpInterruptedImports(): Promise<readonly string[]>;
}

export const IMPORT_CHUNK_SIZE = 1_000;
