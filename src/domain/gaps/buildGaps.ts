import type { EpochMs, Target } from '../model';
import { gapStatus } from './gapStatus';
import type { EndKind, Gap, GapEnd } from './types';

/**
 * Rule 2, 4, 5, 6: the consecutive differences along A → moment 1 → … → moment n → end,
 * each with its ends, exact minutes and status; the longest gap(s) marked. `instants`
 * are the update moments' instants, distinct and in order (moment n is `instants[n - 1]`).
 *
 * One pass that builds each gap once (a gap's start is the previous gap's end) and a second
 * that marks the longest: 100,000 updates stay in linear time and memory, and no spread of
 * the gaps into `Math.max` can overflow the stack. A gap holds no label: making 100,000
 * "Update n" strings was a quarter of the analysis, and only the reports print them.
 */
export function buildGaps(
  alert: EpochMs,
  instants: readonly EpochMs[],
  end: { readonly instant: EpochMs; readonly kind: EndKind },
  target: Target,
  updateEnds: UpdateEnds = new UpdateEnds(),
): Gap[] {
  const gaps: { -readonly [K in keyof Gap]: Gap[K] }[] = new Array(instants.length + 1);
  let from: EpochMs = alert;
  let fromEnd: GapEnd = { kind: 'alert' };
  let longest = -Infinity;
  for (let i = 0; i <= instants.length; i++) {
    const to = i < instants.length ? (instants[i] as EpochMs) : end.instant;
    const last = i === instants.length;
    const toEnd: GapEnd = last ? { kind: end.kind } : updateEnds.end(i + 1);
    const minutes = (to - from) / 60_000;
    gaps[i] = {
      from,
      to,
      fromEnd,
      toEnd,
      minutes,
      status: gapStatus(minutes, target),
      longest: false,
    };
    if (minutes > longest) longest = minutes;
    from = to;
    fromEnd = toEnd;
  }
  for (const g of gaps) if (g.minutes === longest) g.longest = true;
  return gaps;
}

/**
 * The ends "Update n", made once per n and shared (they are immutable):
 * the overall gaps and every channel's gaps of one analysis number their moments from 1,
 * so all but the first sequence find theirs made.
 */
export class UpdateEnds {
  private readonly ends: GapEnd[] = [];

  end(n: number): GapEnd {
    return (this.ends[n] ??= { kind: 'update', n });
  }
}
