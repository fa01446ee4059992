import { setFlagsFromString } from 'node:v8';

// V8's own answer, as in isInternalized: the flag lets only the function compiled here ask.
setFlagsFromString('--allow-natives-syntax');

const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: string,
  b: string,
) => boolean;

/** A slice V8 keeps as a reference into a longer one-byte string. */
const SLICED = 'abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(3, 60);

/** Whether V8 holds `s` as a slice of a longer (one-byte) string rather than its own copy. */
export const isSlicedString = (s: string): boolean => haveSameMap(s, SLICED);
