// Types of lazyCode.mjs, for the TypeScript tests that import it.

export interface LazyCode {
  readonly name: string;
  readonly markers: readonly string[];
}

export const LAZY_CODE: readonly LazyCode[];

export function lazyCodeIn(code: string): string[];
