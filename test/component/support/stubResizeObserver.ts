import { vi } from 'vitest';

/** What a stand-in ResizeObserver saw, and a way to report sizes as a browser would. */
export interface ResizeObservers {
  /** Every element observed and not since let go. */
  readonly observed: () => Element[];
  /** Reports each observed element (matching `which`) at `width` × `height` px. */
  readonly report: (width: number, height: number, which?: (e: Element) => boolean) => void;
}

/**
 * Installs a stand-in `ResizeObserver` (jsdom has none): it reports only when told, with
 * both box sizes and the content rect, so code that waits for the browser's layout can be
 * driven step by step. Undone by `vi.unstubAllGlobals()`.
 */
export function stubResizeObserver(): ResizeObservers {
  const observers = new Set<Stand>();
  class Stand {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {
      observers.add(this);
    }
    observe(target: Element): void {
      this.targets.add(target);
    }
    unobserve(target: Element): void {
      this.targets.delete(target);
    }
    disconnect(): void {
      this.targets.clear();
      observers.delete(this);
    }
    deliver(width: number, height: number, which: (e: Element) => boolean): void {
      const size = [{ inlineSize: width, blockSize: height }];
      const entries = [...this.targets].filter(which).map(
        (target) =>
          ({
            target,
            borderBoxSize: size,
            contentBoxSize: size,
            devicePixelContentBoxSize: size,
            contentRect: {
              x: 0,
              y: 0,
              top: 0,
              left: 0,
              width,
              height,
              right: width,
              bottom: height,
            },
          }) as unknown as ResizeObserverEntry,
      );
      if (entries.length > 0) this.callback(entries, this as unknown as ResizeObserver);
    }
  }
  vi.stubGlobal('ResizeObserver', Stand);
  return {
    observed: () => [...observers].flatMap((o) => [...o.targets]),
    report: (width, height, which = () => true) => {
      for (const o of [...observers]) o.deliver(width, height, which);
    },
  };
}
