import { startTransition, useEffect, useState } from 'react';
import { onNextFrame } from './onNextFrame';

/**
 * How many of `total` parts are in place: 1 on the first render, then one more on each
 * animation frame until `total`, so that each part is made (and laid out, and drawn) in
 * tasks of its own. The Konva stage adds its layers this way: adding a layer sizes its two
 * canvases, and the five layers added at once were one task of 60–87 ms on this machine
 * (bare Konva, `npm run bench`); one per frame they are 12–34 ms each. The review page adds
 * its lower sections this way too. Each part is added in a background render (a
 * transition), which React splits into short tasks between components: an ordinary
 * update would be rendered whole in one task, and with any synchronous update that came
 * first (a store change) in that one's task; traced during a 100,000-message import, the
 * drawing's next stage rendered so took 52 ms.
 */
export function useAddedPerFrame(total: number): number {
  const [added, setAdded] = useState(Math.min(1, total));
  useEffect(() => {
    if (added >= total) return undefined;
    return onNextFrame(() => startTransition(() => setAdded((n) => Math.min(total, n + 1))));
  }, [added, total]);
  return added;
}
