import { useDeferredValue } from 'react';
import { VIRTUALIZE_ABOVE } from './useTableRows';

/** Tables with more rows than this render them in the background (see useDeferredRows). */
export const RENDER_AT_ONCE = 200;

/** The rows a table renders now, and whether newer ones are still being rendered. */
export interface DeferredRows<L> {
  readonly rows: L;
  /** True while `rows` is not yet `items` (the table says `aria-busy`). */
  readonly pending: boolean;
}

/**
 * The rows of a long table, rendered after the rest of the page. A table that renders
 * every row (up to VIRTUALIZE_ABOVE) and has more than RENDER_AT_ONCE first renders
 * without them (and keeps the previous rows on a change), then React renders the new rows
 * in the background in slices it can interrupt, so opening a review of 1,000 messages
 * paints the page and its drawing at once instead of blocking the main thread for a
 * second on three tables of 1,000 rows. Shorter tables, and longer ones (which render
 * only the few dozen rows near the screen), render with the page as usual. `none` is the
 * rows a long table shows first (an empty list of the same kind).
 */
export function useDeferredRows<L extends { readonly length: number }>(
  items: L,
  none: L,
): DeferredRows<L> {
  const long = items.length > RENDER_AT_ONCE && items.length <= VIRTUALIZE_ABOVE;
  // No initial value for a table rendered at once: React would otherwise render it twice.
  const deferred = useDeferredValue<L>(items, long ? none : undefined);
  const rows = long ? deferred : items;
  return { rows, pending: rows !== items };
}
