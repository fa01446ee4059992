import type { Collection, ReviewData } from '../../domain/model';
import { EMPTY_PREPARATION } from '../../domain/emptyWorkshop';
import { deleteRecord, type Operation } from '../../domain/reviewGateway';
import { newSession } from '../../domain/workshop/stepTimer';

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
        // A session or preparation is never deleted: undoing its creation puts back what
        // "none yet" means — the play's defaults, or no answers — under the same id.
        inverse.push({
          type: 'put-session',
          record:
            before.session ??
            newSession({ id: op.record.id, reviewId: op.record.reviewId }, op.record.updatedAt),
        });
        break;
      case 'put-preparation':
        inverse.push({
          type: 'put-preparation',
          record: before.preparation ?? { ...EMPTY_PREPARATION, ...pickIds(op.record) },
        });
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

const pickIds = (r: { id: string; reviewId: string; updatedAt: number }) => ({
  id: r.id,
  reviewId: r.reviewId,
  updatedAt: r.updatedAt,
});
