import { canonicalReviewData } from '../domain/canonicalReviewData';
import type { ReviewData } from '../domain/model';

/**
 * The review an import just wrote, handed from `createReviews` to the `openReview` that
 * follows: the data is already in memory and exactly what was saved, so opening it does not
 * read it back (100,000 communications take seconds to read). Holds one review; taking it
 * empties the slot, and any other open drops it.
 */
export interface CreatedReviewHandOff {
  keep(data: ReviewData): void;
  /** The kept review if it is `reviewId` (in the order storage returns), else null. */
  take(reviewId: string): ReviewData | null;
}

export function createdReviewHandOff(): CreatedReviewHandOff {
  let kept: ReviewData | null = null;
  return {
    keep(data) {
      kept = data;
    },
    take(reviewId) {
      const data = kept;
      kept = null;
      return data !== null && data.review.id === reviewId
        ? canonicalReviewData({ ...data, review: { ...data.review, status: 'ready' } })
        : null;
    },
  };
}
