/**
 * The first index below `length` where `past` holds, else `length`: a binary search, for a
 * `past` that, once true, stays true for every later index (a list in order, read by index).
 */
export function firstIndex(length: number, past: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
