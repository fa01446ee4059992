import type { Target } from '../model';
import type { GapList } from './GapList';
import type { GapSummary } from './types';

/**
 * The summary figures of `../shared/spec/gaps.md` ("Summary figures"), in one pass over
 * the gaps (sums taken in gap order, so the figures are the same to the last bit).
 */
export function summarizeGaps(
  gaps: GapList,
  target: Target,
  updateCount: number,
  resolutionNoticeDelay: number | null,
): GapSummary {
  let total = 0;
  let covered = 0;
  let longestGap = 0;
  let gapsOverTarget = 0;
  let minutesOverTarget = 0;
  for (let i = 0; i < gaps.length; i++) {
    const minutes = gaps.minutes(i);
    total += minutes;
    longestGap = Math.max(longestGap, minutes);
    if (gaps.status(i) === 'gap') {
      gapsOverTarget++;
      minutesOverTarget += minutes - target.max;
    } else {
      covered += minutes;
    }
  }
  return {
    timeToFirstUpdate: updateCount > 0 ? gaps.minutes(0) : null,
    updateCount,
    longestGap,
    gapsOverTarget,
    minutesOverTarget,
    coverage: total === 0 ? 1 : covered / total,
    resolutionNoticeDelay,
  };
}
