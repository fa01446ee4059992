import type { Operation } from '../domain/reviewGateway';
import { ForeignRecordError } from './storageErrors';

/**
 * A put must carry the review's id (a review put must be that review), and its base, if
 * any, must be an earlier version of the same record.
 */
export function assertOperation(reviewId: string, op: Operation): void {
  if (op.type !== 'delete' && op.base !== undefined && op.base.id !== op.record.id) {
    throw new RangeError(`The base of record ${op.record.id} is record ${op.base.id}.`);
  }
  switch (op.type) {
    case 'put-review':
      if (op.record.id !== reviewId) throw new ForeignRecordError(reviewId, op.record.id);
      return;
    case 'put-incident':
    case 'put-session':
    case 'put-preparation':
    case 'put':
      if (op.record.reviewId !== reviewId) throw new ForeignRecordError(reviewId, op.record.id);
      return;
    case 'delete':
      return;
  }
}
