/**
 * Finds an object key that could pollute prototypes if code ever copied the value
 * naively (`__proto__`, `constructor`, `prototype`). `JSON.parse` makes such keys plain
 * own properties, so they are harmless in the parsed value itself, but a document that
 * carries one is refused rather than trusted. The walk uses an explicit stack, so a value
 * nested 10^6 levels deep cannot overflow the call stack.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The JSON Pointer of the first forbidden key, or null when there is none. */
export function findForbiddenKey(value: unknown): string | null {
  const stack: { readonly value: unknown; readonly path: string }[] = [{ value, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], path: `${item.path}/${i}` });
      }
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `${item.path}/${pointerSegment(key)}`;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({
        value: (current as Record<string, unknown>)[key],
        path: `${item.path}/${pointerSegment(key)}`,
      });
    }
  }
  return null;
}
