import type { EpochMs, Target } from '../model';
import { gapEndLabel } from './gapEndLabel';
import { gapStatus } from './gapStatus';
import type { EndKind, Gap, GapEnd, UpdateMoment } from './types';

/**
 * Rule 2, 4, 5, 6: the consecutive differences along A → moment 1 → … → moment n → end,
 * each with its labels, exact minutes and status; the longest gap(s) marked.
 */
export function buildGaps(
  alert: EpochMs,
  moments: readonly UpdateMoment[],
  end: { readonly instant: EpochMs; readonly kind: EndKind },
  target: Target,
): Gap[] {
  const points: { instant: EpochMs; end: GapEnd }[] = [
    { instant: alert, end: { kind: 'alert' } },
    ...moments.map((m) => ({ instant: m.instant, end: { kind: 'update', n: m.n } as const })),
    { instant: end.instant, end: { kind: end.kind } },
  ];
  const raw = points.slice(1).map((to, i) => {
    const from = points[i] ?? to;
    const minutes = (to.instant - from.instant) / 60_000;
    return {
      from: from.instant,
      to: to.instant,
      fromEnd: from.end,
      toEnd: to.end,
      fromLabel: gapEndLabel(from.end),
      toLabel: gapEndLabel(to.end),
      minutes,
      status: gapStatus(minutes, target),
    };
  });
  const longest = Math.max(...raw.map((g) => g.minutes));
  return raw.map((g) => ({ ...g, longest: g.minutes === longest }));
}
