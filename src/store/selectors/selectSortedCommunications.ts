import { inTimeOrder } from '../../domain/inTimeOrder';
import type { Communication } from '../../domain/model';
import type { AppState } from '../AppState';

const EMPTY: readonly Communication[] = [];
const cache = new WeakMap<readonly Communication[], readonly Communication[]>();

/** The open review's communications by instant, ties in import order; memoised on the array. */
export function selectSortedCommunications(
  state: Pick<AppState, 'current'>,
): readonly Communication[] {
  const communications = state.current?.communications;
  if (communications === undefined) return EMPTY;
  let sorted = cache.get(communications);
  if (sorted === undefined) {
    sorted = inTimeOrder(communications);
    cache.set(communications, sorted);
  }
  return sorted;
}
