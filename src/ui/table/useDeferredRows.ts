import { useDeferredValue } from 'react';

/** Tables with more rows than this render them in the background (see useDeferredRows). */
export const RENDER_AT_ONCE = 200;

const NO_ROWS: readonly never[] = [];

/** The rows a table renders now, and whether newer ones are still being rendered. */
export interface DeferredRows<T> {
  readonly rows: readonly T[];
  /** True while `rows` is not yet `items` (the table says `aria-busy`). */
  readonly pending: boolean;
}

/**
 * The rows of a long table, rendered after the rest of the page. Up to RENDER_AT_ONCE
 * rows render with the page as usual. Above, the page first renders without them (and
 * keeps the previous rows on a change), then React renders the new rows in the background
 * in slices it can interrupt, so opening a review of 1,000 messages paints the page and
 * its drawing at once instead of blocking the main thread for a second on three tables
 * of 1,000 rows.
 */
export function useDeferredRows<T>(items: readonly T[]): DeferredRows<T> {
  const long = items.length > RENDER_AT_ONCE;
  // No initial value for a short table: React would otherwise render it twice on mount.
  const deferred = useDeferredValue<readonly T[]>(items, long ? NO_ROWS : undefined);
  const rows = long ? deferred : items;
  return { rows, pending: rows !== items };
}
