import type { Operation } from '../domain/reviewGateway';
import { ForeignRecordError } from './storageErrors';

/** A put must carry the review's id (a review put must be that review). */
export function assertOperation(reviewId: string, op: Operation): void {
  switch (op.type) {
    case 'put-review':
      if (op.record.id !== reviewId) throw new ForeignRecordError(reviewId, op.record.id);
      return;
    case 'put-communication':
    case 'put-channel':
    case 'put-incident':
    case 'put-phase':
    case 'put-note':
      if (op.record.reviewId !== reviewId) throw new ForeignRecordError(reviewId, op.record.id);
      return;
    case 'delete-communication':
    case 'delete-channel':
    case 'delete-phase':
    case 'delete-note':
      return;
  }
}
