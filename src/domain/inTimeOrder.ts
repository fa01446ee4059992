import { inOrderBy } from './inOrderBy';
import type { Communication } from './model';

/** Time order of communications: by instant; ties keep import order (gaps.md, rule 1). */
export const byInstantThenOrder = (
  a: Pick<Communication, 'instant' | 'order'>,
  b: Pick<Communication, 'instant' | 'order'>,
): number => a.instant - b.instant || a.order - b.order;

/**
 * The canonical order of a review's communications (`canonicalReviewData`): time order,
 * then id for two messages of one instant and one import order. A list in this order is in
 * time order.
 */
export const byInstantOrderThenId = (
  a: Pick<Communication, 'instant' | 'order' | 'id'>,
  b: Pick<Communication, 'instant' | 'order' | 'id'>,
): number => byInstantThenOrder(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The communications in time order: the list itself when it is in that order already (the
 * usual case: imports and storage keep it), else a sorted copy. Checking is one pass;
 * copying and sorting 100,000 messages is not.
 */
export function inTimeOrder<T extends Pick<Communication, 'instant' | 'order'>>(
  communications: readonly T[],
): readonly T[] {
  return inOrderBy(communications, byInstantThenOrder, byInstantOrderThenId);
}
