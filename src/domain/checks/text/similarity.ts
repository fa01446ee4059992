/**
 * Word-level similarity of two token lists: 2·LCS / (|a| + |b|), 1 for two empty lists
 * (`../shared/spec/checks.md`, Details). `minimum` lets a caller skip the quadratic work
 * when the lengths alone rule it out (2·min / (|a| + |b|) is an upper bound): such pairs get
 * that bound. Pairs too long to compare (over `MAX_CELLS`) count as different (0) unless
 * equal: a check that cannot tell stays silent.
 */
const MAX_CELLS = 4_000_000;

export function similarity(a: readonly string[], b: readonly string[], minimum = 0): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  const bound = (2 * Math.min(a.length, b.length)) / total;
  if (bound < minimum) return bound;
  if (a.length === b.length && a.every((t, i) => t === b[i])) return 1;
  if (a.length * b.length > MAX_CELLS) return 0;
  return (2 * lcsLength(a, b)) / total;
}

/** Longest common subsequence length, one row of memory. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
