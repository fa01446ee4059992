import type { Target } from '../model';
import type { Gap, GapSummary } from './types';

/**
 * The summary figures of `../shared/spec/gaps.md` ("Summary figures"), in one pass over
 * the gaps (sums taken in gap order, so the figures are the same to the last bit).
 */
export function summarizeGaps(
  gaps: readonly Gap[],
  target: Target,
  updateCount: number,
  resolutionNoticeDelay: number | null,
): GapSummary {
  let total = 0;
  let covered = 0;
  let longestGap = 0;
  let gapsOverTarget = 0;
  let minutesOverTarget = 0;
  for (const g of gaps) {
    total += g.minutes;
    longestGap = Math.max(longestGap, g.minutes);
    if (g.status === 'gap') {
      gapsOverTarget++;
      minutesOverTarget += g.minutes - target.max;
    } else {
      covered += g.minutes;
    }
  }
  const first = gaps[0];
  return {
    timeToFirstUpdate: updateCount > 0 && first !== undefined ? first.minutes : null,
    updateCount,
    longestGap,
    gapsOverTarget,
    minutesOverTarget,
    coverage: total === 0 ? 1 : covered / total,
    resolutionNoticeDelay,
  };
}
