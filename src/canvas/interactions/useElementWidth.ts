import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content width, and whether it has been read yet. */
export interface ElementWidth {
  /** The width read, or the fallback before the first read. */
  readonly width: number;
  /** False only in the first render, before the element is on the page. */
  readonly measured: boolean;
}

/**
 * The element's content width, following resizes. It is first read when the browser has
 * laid the page out (the ResizeObserver's first report, in the frame after the first
 * render), so a caller can hold back what depends on it (the Konva stage, whose canvases
 * would otherwise be made at the fallback width and made again at the real one). Not read
 * in the render's own task: that forced the whole new page's layout there (~40 ms of a
 * 1,000-message review's first render). Where there is no layout (no ResizeObserver, or a
 * width of 0) the fallback is used.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 960): ElementWidth {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const read = () => {
      const next = Math.floor(element.clientWidth);
      if (next > 0) setWidth(next);
      else setWidth((now) => now ?? fallback);
    };
    if (typeof ResizeObserver === 'undefined') {
      read();
      return undefined;
    }
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return { width: width ?? fallback, measured: width !== null };
}
