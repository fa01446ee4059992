import type { ReviewData } from '../../domain/model';
import { reassignIds } from '../../import/reassignIds';

/**
 * What an import writes when some of its reviews are already in this browser (a Gapline
 * file or backup restored where the review still is): those come in as copies, every
 * record with a fresh id, beside the review that is there; the others keep their ids, so
 * restoring into an empty browser gives back exactly the same reviews.
 */
export function copiesOfExisting(
  reviews: readonly ReviewData[],
  existingIds: ReadonlySet<string>,
  newId: () => string,
): ReviewData[] {
  const taken = new Set(existingIds);
  return reviews.map((data) => {
    const copy = taken.has(data.review.id) ? reassignIds(data, newId) : data;
    taken.add(copy.review.id);
    return copy;
  });
}
