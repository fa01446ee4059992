import type { ReviewData } from '../domain/model';
import type { Operation } from '../domain/reviewGateway';
import type { ImportProgress, ReviewStorage } from '../persistence/ReviewStorage';

/**
 * Storage that tells the other windows about each write once it completed: `changed(id)`
 * is called after `apply`, `createReview`, `createReviewChunked` or `deleteReview`
 * RESOLVED (and for each half-import cleaned up), never after a failed write. Reads
 * pass straight through. A throwing `changed` never fails the write, which did happen.
 */
export function broadcastingGateway(
  storage: ReviewStorage,
  changed: (reviewId: string) => void,
): ReviewStorage {
  const tell = (reviewId: string): void => {
    try {
      changed(reviewId);
    } catch {
      // The write is done; a window that missed the news re-reads on its next open.
    }
  };
  return {
    listReviews: () => storage.listReviews(),
    loadReview: (reviewId: string) => storage.loadReview(reviewId),
    ...(storage.loadReviewHead === undefined
      ? {}
      : { loadReviewHead: storage.loadReviewHead.bind(storage) }),
    async createReview(data: ReviewData) {
      await storage.createReview(data);
      tell(data.review.id);
    },
    async createReviewChunked(data: ReviewData, onProgress?: ImportProgress, signal?: AbortSignal) {
      await storage.createReviewChunked(data, onProgress, signal);
      tell(data.review.id);
    },
    async apply(reviewId: string, operations: readonly Operation[]) {
      await storage.apply(reviewId, operations);
      tell(reviewId);
    },
    async deleteReview(reviewId: string) {
      await storage.deleteReview(reviewId);
      tell(reviewId);
    },
    async cleanUpInterruptedImports() {
      const removed = await storage.cleanUpInterruptedImports();
      for (const reviewId of removed) tell(reviewId);
      return removed;
    },
  };
}
