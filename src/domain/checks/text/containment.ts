/** Share of `part`'s tokens (with repeats) that also occur in `whole`; 0 for an empty `part`. */
export function containment(part: readonly string[], whole: readonly string[]): number {
  if (part.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of whole) counts.set(t, (counts.get(t) ?? 0) + 1);
  let found = 0;
  for (const t of part) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      found++;
      counts.set(t, n - 1);
    }
  }
  return found / part.length;
}
