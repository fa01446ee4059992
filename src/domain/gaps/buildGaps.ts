import type { EpochMs, Target } from '../model';
import { gapEndLabel } from './gapEndLabel';
import { gapStatus } from './gapStatus';
import type { EndKind, Gap, GapEnd, UpdateMoment } from './types';

/**
 * Rule 2, 4, 5, 6: the consecutive differences along A → moment 1 → … → moment n → end,
 * each with its labels, exact minutes and status; the longest gap(s) marked.
 *
 * One pass that builds each gap once (a gap's start is the previous gap's end) and a second
 * that marks the longest: 100,000 updates stay in linear time and memory, and no spread of
 * the gaps into `Math.max` can overflow the stack.
 */
export function buildGaps(
  alert: EpochMs,
  moments: readonly UpdateMoment[],
  end: { readonly instant: EpochMs; readonly kind: EndKind },
  target: Target,
): Gap[] {
  const gaps: { -readonly [K in keyof Gap]: Gap[K] }[] = [];
  let from: EpochMs = alert;
  let fromEnd: GapEnd = { kind: 'alert' };
  let fromLabel = gapEndLabel(fromEnd);
  let longest = -Infinity;
  const step = (to: EpochMs, toEnd: GapEnd): void => {
    const minutes = (to - from) / 60_000;
    const toLabel = gapEndLabel(toEnd);
    gaps.push({
      from,
      to,
      fromEnd,
      toEnd,
      fromLabel,
      toLabel,
      minutes,
      status: gapStatus(minutes, target),
      longest: false,
    });
    if (minutes > longest) longest = minutes;
    from = to;
    fromEnd = toEnd;
    fromLabel = toLabel;
  };
  for (const m of moments) step(m.instant, { kind: 'update', n: m.n });
  step(end.instant, { kind: end.kind });
  for (const g of gaps) if (g.minutes === longest) g.longest = true;
  return gaps;
}
