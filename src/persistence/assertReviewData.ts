import type { ReviewData } from '../domain/model';
import { ForeignRecordError } from './storageErrors';

/** Every record of a review to be written must carry that review's id. */
export function assertReviewData(data: ReviewData): void {
  const reviewId = data.review.id;
  const records = [
    data.incident,
    ...data.channels,
    ...data.communications,
    ...data.phases,
    ...data.notes,
  ];
  for (const record of records) {
    if (record.reviewId !== reviewId) throw new ForeignRecordError(reviewId, record.id);
  }
}
