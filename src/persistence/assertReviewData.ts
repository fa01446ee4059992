import { COLLECTIONS, type ReviewData } from '../domain/model';
import { ForeignRecordError } from './storageErrors';

/** Every record of a review to be written must carry that review's id. */
export function assertReviewData(data: ReviewData): void {
  const reviewId = data.review.id;
  const singles = [data.incident, data.session, data.preparation].flatMap((r) =>
    r === null ? [] : [r],
  );
  const many = COLLECTIONS.flatMap(
    (name): readonly { id: string; reviewId: string }[] => data[name],
  );
  for (const record of [...singles, ...many]) {
    if (record.reviewId !== reviewId) throw new ForeignRecordError(reviewId, record.id);
  }
}
