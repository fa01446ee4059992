import type { Operation } from '../../domain/reviewGateway';
import { withBase } from '../operations/withBases';

/**
 * One operation for a record that an unsaved `earlier` one already touched (its write
 * failed): the latest record, based on what storage last held — the earlier put's base
 * (none when the earlier put added the record, or when it was a delete, so the record
 * is then written whole). Otherwise the fields the failed edit changed would be left out.
 */
export function coalesceOperation(earlier: Operation | undefined, next: Operation): Operation {
  if (earlier === undefined || earlier.type === 'delete' || next.type === 'delete') return next;
  return withBase(next, earlier.base);
}
