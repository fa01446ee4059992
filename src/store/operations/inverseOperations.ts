import type { Collection, ReviewData } from '../../domain/model';
import { deleteRecord, type Operation } from '../../domain/reviewGateway';

type Keyed = { readonly id: string };

/**
 * The operations that undo `operations` applied to `before`: each touched record goes back
 * to its earlier version, or is deleted if it did not exist. In reverse order, so a record
 * touched twice ends as it was.
 */
export function inverseOperations(
  before: ReviewData,
  operations: readonly Operation[],
): Operation[] {
  const inverse: Operation[] = [];
  const restore = (collection: Collection, id: string): Operation => {
    const rows = (before as Record<Collection, readonly Keyed[]>)[collection];
    const prior = rows.find((r) => r.id === id);
    return prior === undefined
      ? deleteRecord(collection, id)
      : ({ type: 'put', collection, record: prior } as Operation);
  };
  for (const op of operations) {
    switch (op.type) {
      case 'put-review':
        inverse.push({ type: 'put-review', record: before.review });
        break;
      case 'put-incident':
        inverse.push({ type: 'put-incident', record: before.incident });
        break;
      case 'put-session':
        // A session or preparation is never deleted: undoing its creation blanks it.
        if (before.session !== null) inverse.push({ type: 'put-session', record: before.session });
        break;
      case 'put-preparation':
        if (before.preparation !== null)
          inverse.push({ type: 'put-preparation', record: before.preparation });
        break;
      case 'put':
        inverse.push(restore(op.collection, op.record.id));
        break;
      case 'delete':
        inverse.push(restore(op.collection, op.id));
        break;
    }
  }
  return inverse.reverse();
}
