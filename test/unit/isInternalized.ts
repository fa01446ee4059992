import { setFlagsFromString } from 'node:v8';

// V8's own answer to "is this one of the strings the code holds (an internalized one)?":
// the flag lets only the function compiled here ask it.
setFlagsFromString('--allow-natives-syntax');

/** Whether V8 holds `s` internalized, as it does every string literal of the code. */
export const isInternalized = new Function('s', 'return %IsInternalizedString(s)') as (
  s: string,
) => boolean;
