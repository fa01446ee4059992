import { useLayoutEffect, useState, type RefObject } from 'react';

/** The element's content width, following resizes (a fallback where ResizeObserver is missing). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 960): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const read = () => {
      const next = Math.floor(element.clientWidth);
      if (next > 0) setWidth(next);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
