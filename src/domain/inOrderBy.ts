/**
 * `list` in `compare` order: the list itself when it is in that order already (one pass),
 * else a sorted copy. Records are replaced, never changed, so a list in order can be kept:
 * whatever is worked out from it (the gap analysis, the timeline's lanes) is then found
 * made, where a copy of 100,000 messages made it all again.
 */
export function inOrderBy<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return [...list].sort(compare);
  }
  return list;
}
