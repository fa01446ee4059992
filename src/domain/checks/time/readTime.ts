/**
 * An interval or a clock time at `from` in a folded text (interval first: "1h" is one);
 * after "a las" only a clock time ("a las 10 hora peninsular" is not ten hours).
 */
import { readClock, type ClockContext } from './readClock';
import { readInterval } from './readInterval';
import type { TimeExpression } from './timeExpression';

export function readTime(
  folded: string,
  from: number,
  context: ClockContext,
): TimeExpression | null {
  if (context.spanishClock) return readClock(folded, from, context);
  return readInterval(folded, from) ?? readClock(folded, from, context);
}
