/** Tokens of `next` that `previous` does not have (as a multiset difference), in order. */
export function newTokens(previous: readonly string[], next: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of previous) counts.set(t, (counts.get(t) ?? 0) + 1);
  const added: string[] = [];
  for (const t of next) {
    const n = counts.get(t) ?? 0;
    if (n > 0) counts.set(t, n - 1);
    else added.push(t);
  }
  return added;
}
