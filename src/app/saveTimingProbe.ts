/**
 * How long each saved edit took, for automation (`npm run bench`): the time from handing
 * one user action's operations to storage to its transaction completing, in ms, for the
 * last 500 edits. Timing only, never data or actions.
 */
import type { ReviewGateway } from '../domain/reviewGateway';

export interface SaveTimingProbe {
  /** Milliseconds per saved edit, oldest first. */
  durations(): number[];
}

declare global {
  interface Window {
    gaplineSaves?: SaveTimingProbe;
  }
}

const KEPT = 500;

/** `gateway` with its `apply` timed into `window.gaplineSaves`; everything else as is. */
export function timedGateway<G extends ReviewGateway>(gateway: G): G {
  const durations: number[] = [];
  window.gaplineSaves = { durations: () => [...durations] };
  const apply: ReviewGateway['apply'] = async (reviewId, operations) => {
    const started = performance.now();
    await gateway.apply(reviewId, operations);
    durations.push(performance.now() - started);
    if (durations.length > KEPT) durations.shift();
  };
  return new Proxy(gateway, {
    get(target, key, receiver) {
      if (key === 'apply') return apply;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
