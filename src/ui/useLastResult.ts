import memoizeOne from 'memoize-one';
import { useState } from 'react';
import { shallow } from 'zustand/shallow';

/**
 * `build(input)`, made again only when a field of `input` changed (compared one by one,
 * `Object.is`). Unlike `useMemo`, the last result outlives a render React throws away: a
 * background render (`useDeferredValue`) that an update interrupts restarts from scratch,
 * and with it every `useMemo` it ran. While a 100,000-message import was saving, each
 * progress update restarted the drawing's and the Timeline table's background renders,
 * and their scene (~150 ms) and rows (~55 ms) were made two or three times.
 */
export function useLastResult<I extends object, R>(build: (input: I) => R): (input: I) => R {
  const [memo] = useState(() => memoizeOne(build, ([a]: [I], [b]: [I]) => shallow(a, b)));
  return memo;
}
