type Compare<T> = (a: T, b: T) => number;

interface Found {
  /** The list's length when it was put in order (a list still being filled is not). */
  readonly length: number;
  /** The list itself when it was in order, else its sorted copy. */
  readonly result: readonly unknown[];
}

/**
 * Each list put in order, by the order's function. Records and the lists that hold them
 * are replaced, never changed, so a list in order stays in order and a sorted copy stays
 * right; the length guards a list still being filled.
 */
const putInOrder = new WeakMap<readonly unknown[], Map<Compare<never>, Found>>();

function found(list: readonly unknown[], compare: Compare<never>): readonly unknown[] | null {
  const hit = putInOrder.get(list)?.get(compare);
  return hit !== undefined && hit.length === list.length ? hit.result : null;
}

function remember(list: readonly unknown[], compare: Compare<never>, result: readonly unknown[]) {
  let orders = putInOrder.get(list);
  if (orders === undefined) {
    orders = new Map();
    putInOrder.set(list, orders);
  }
  orders.set(compare, { length: list.length, result });
}

/**
 * `list` in `compare` order: the list itself when it is in that order already (one pass),
 * else a sorted copy. Records are replaced, never changed, so a list in order can be kept:
 * whatever is worked out from it (the gap analysis, the timeline's lanes) is then found
 * made, where a copy of 100,000 messages made it all again.
 *
 * The answer is remembered per list and order (`compare` is the same function each time):
 * a big review's 100,000 messages were checked seven times in the second after an import
 * (the review handed over, its lanes, its Timeline and Communications tables), 3–29 ms
 * each, and a list an edit left out of order was sorted by each of them. A list put in a
 * `finer` order (one that only breaks `compare`'s ties) is in `compare` order too.
 */
export function inOrderBy<T>(
  list: readonly T[],
  compare: Compare<T>,
  finer?: Compare<never>,
): readonly T[] {
  const known = found(list, compare) ?? (finer === undefined ? null : found(list, finer));
  if (known !== null) return known as readonly T[];
  let result: readonly T[] = list;
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) {
      result = [...list].sort(compare);
      remember(result, compare, result);
      break;
    }
  }
  remember(list, compare, result);
  return result;
}
