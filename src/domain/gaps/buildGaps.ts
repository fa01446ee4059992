import type { EpochMs, Target } from '../model';
import { gapEndLabel } from './gapEndLabel';
import { gapStatus } from './gapStatus';
import type { EndKind, Gap, GapEnd } from './types';

/**
 * Rule 2, 4, 5, 6: the consecutive differences along A → moment 1 → … → moment n → end,
 * each with its labels, exact minutes and status; the longest gap(s) marked. `instants`
 * are the update moments' instants, distinct and in order (moment n is `instants[n - 1]`).
 *
 * One pass that builds each gap once (a gap's start is the previous gap's end, its label
 * made once) and a second that marks the longest: 100,000 updates stay in linear time and
 * memory, and no spread of the gaps into `Math.max` can overflow the stack.
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
  let fromLabel = gapEndLabel(fromEnd);
  let longest = -Infinity;
  for (let i = 0; i <= instants.length; i++) {
    const to = i < instants.length ? (instants[i] as EpochMs) : end.instant;
    const last = i === instants.length;
    const toEnd: GapEnd = last ? { kind: end.kind } : updateEnds.end(i + 1);
    const toLabel = last ? gapEndLabel(toEnd) : updateEnds.label(i + 1);
    const minutes = (to - from) / 60_000;
    gaps[i] = {
      from,
      to,
      fromEnd,
      toEnd,
      fromLabel,
      toLabel,
      minutes,
      status: gapStatus(minutes, target),
      longest: false,
    };
    if (minutes > longest) longest = minutes;
    from = to;
    fromEnd = toEnd;
    fromLabel = toLabel;
  }
  for (const g of gaps) if (g.minutes === longest) g.longest = true;
  return gaps;
}

/**
 * The ends "Update n" and their labels, made once per n and shared (they are immutable):
 * the overall gaps and every channel's gaps of one analysis number their moments from 1,
 * so all but the first sequence find theirs made.
 */
export class UpdateEnds {
  private readonly ends: GapEnd[] = [];
  private readonly labels: string[] = [];

  end(n: number): GapEnd {
    return (this.ends[n] ??= { kind: 'update', n });
  }

  label(n: number): string {
    return (this.labels[n] ??= gapEndLabel(this.end(n)));
  }
}
