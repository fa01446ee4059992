import { measureElement, useWindowVirtualizer, windowScroll } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Tables with more rows than this render only the rows near the screen (contracts.md). */
export const VIRTUALIZE_ABOVE = 1_000;

/** Rows drawn beyond each edge of the screen, so scrolling and Tab find rows ready. */
const OVERSCAN = 20;

/** What a table renders: every row, or a window of rows between two spacers. */
export interface TableRows {
  /** True when only a window of rows is rendered (more than VIRTUALIZE_ABOVE rows). */
  readonly virtual: boolean;
  /** Indexes of the rows to render, in order. */
  readonly indexes: readonly number[];
  /** Heights (px) of the spacers before and after the rendered rows (0 when not virtual). */
  readonly before: number;
  readonly after: number;
  /** Put on the `tbody`: the window is measured from its place on the page. */
  readonly bodyRef: (element: HTMLTableSectionElement | null) => void;
  /** Put on each rendered row (with `data-index`) so its real height is used. */
  readonly measureRow: (element: HTMLTableRowElement | null) => void;
}

const noMeasure = (): void => undefined;

/**
 * The rows of a table of `count` rows scrolled with the page. Up to VIRTUALIZE_ABOVE rows
 * every row is rendered; above, only those near the viewport (tanstack's window
 * virtualiser, measuring real row heights), so a 20,000-message review lays out a few dozen
 * rows instead of all of them. The table then says its real size with `aria-rowcount`.
 */
export function useTableRows(count: number, estimateRowPx: number): TableRows {
  const virtual = count > VIRTUALIZE_ABOVE;
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null);
  const [margin, setMargin] = useState(0);
  const marginRef = useRef(0);
  const attached = useRef(false);

  // The tbody's distance from the top of the page moves when anything above it changes
  // size (the drawing, a notice): re-read it after each render and on every resize. Read
  // in the next frame, where the browser lays the page out anyway, not in the render's own
  // task, where reading it forced a layout of the whole page.
  useEffect(() => {
    if (!virtual || body === null) return undefined;
    const read = () => {
      const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
      if (top !== marginRef.current) {
        marginRef.current = top;
        setMargin(top);
      }
    };
    if (typeof ResizeObserver === 'undefined' || typeof requestAnimationFrame !== 'function') {
      read();
      return undefined;
    }
    const frame = requestAnimationFrame(read);
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  });

  const virtualizer = useWindowVirtualizer({
    count,
    enabled: virtual,
    estimateSize: () => estimateRowPx,
    // A row is measured when its ResizeObserver reports, after the browser's layout; a row
    // just rendered keeps the size known for its index (or the estimate) until then, as
    // reading its height in the render's task forced a layout of the whole page. A shown
    // row is never 0 px tall; 0 means "not laid out" (no layout engine at all): keep the
    // estimate rather than letting thousands of rows into the window.
    measureElement: (element, entry, instance) => {
      if (entry === undefined && typeof ResizeObserver === 'function') {
        const index = instance.indexFromElement(element);
        return instance.measurementsCache[index]?.size ?? estimateRowPx;
      }
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : estimateRowPx;
    },
    // When it attaches to the window, the virtualiser scrolls it to where it already is (its
    // initial offset, window.scrollY). No scroll happens, and no scroll event; but the write
    // forced a layout of the whole new page inside the render's task (~50 ms of opening a
    // 1,000-message review, CPU profile). That first write to the same place is skipped.
    scrollToFn: (offset, options, instance) => {
      const first = !attached.current;
      attached.current = true;
      const inPlace =
        offset === instance.scrollOffset &&
        (options.adjustments ?? 0) === 0 &&
        options.behavior === undefined;
      if (first && inPlace) return;
      windowScroll(offset, options, instance);
    },
    overscan: OVERSCAN,
    scrollMargin: margin,
  });
  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => setBody(element), []);

  if (!virtual) {
    return {
      virtual,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      bodyRef,
      measureRow: noMeasure,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first === undefined ? 0 : Math.max(0, first.start - margin);
  const after =
    last === undefined
      ? virtualizer.getTotalSize()
      : Math.max(0, virtualizer.getTotalSize() - (last.end - margin));
  return {
    virtual,
    indexes: items.map((item) => item.index),
    before,
    after,
    bodyRef,
    measureRow: virtualizer.measureElement,
  };
}
