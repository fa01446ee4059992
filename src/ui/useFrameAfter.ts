import { startTransition, useEffect, useState } from 'react';
import { onNextFrame } from './onNextFrame';

/**
 * False until `ready` has been true for one animation frame, then true for good: what was
 * made when `ready` turned true is committed (and painted) in a task of its own, and the
 * work that waits for this flag comes in the next one. That render is a background one
 * (a transition): React splits it into short tasks, and does not take it along into the
 * task of a synchronous update (`startTransition` says more).
 */
export function useFrameAfter(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return undefined;
    return onNextFrame(() => startTransition(() => setAfter(true)));
  }, [ready, after]);
  return after;
}
