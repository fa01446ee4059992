/**
 * Two windows on one review (reliability Table 1, row 7): a window writes a record it
 * holds in memory, and another window may have changed that record since it was read.
 * Writing the whole record from stale memory would put the other window's change back to
 * what it was. Instead an edit is applied to the record as it is now: only the fields
 * the edit changed (`record` against `base`, the record as this window knew it) are
 * written over `stored`; every other field keeps what is stored. When both windows
 * changed the same field, the later write wins, as it would in one window.
 */

/** Structural equality of plain data (what records hold: JSON values). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/**
 * `stored` with the fields that `record` changed against `base`. A field the edit removed
 * is removed; a field the edit did not touch keeps its stored value.
 */
export function rebaseRecord<T extends object>(stored: T, base: T, record: T): T {
  const from = base as Readonly<Record<string, unknown>>;
  const to = record as Readonly<Record<string, unknown>>;
  const next: Record<string, unknown> = { ...(stored as Readonly<Record<string, unknown>>) };
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const had = Object.hasOwn(from, key);
    const has = Object.hasOwn(to, key);
    if (had === has && sameValue(from[key], to[key])) continue;
    if (has) next[key] = to[key];
    else delete next[key];
  }
  // Same keys as T: the stored record's, plus or minus what the edit added or removed.
  return next as T;
}
