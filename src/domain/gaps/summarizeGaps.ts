import type { Target } from '../model';
import type { Gap, GapSummary } from './types';

/** The summary figures of `../shared/spec/gaps.md` ("Summary figures"). */
export function summarizeGaps(
  gaps: readonly Gap[],
  target: Target,
  updateCount: number,
  resolutionNoticeDelay: number | null,
): GapSummary {
  const over = gaps.filter((g) => g.status === 'gap');
  const total = gaps.reduce((sum, g) => sum + g.minutes, 0);
  const covered = gaps.filter((g) => g.status !== 'gap').reduce((sum, g) => sum + g.minutes, 0);
  const first = gaps[0];
  return {
    timeToFirstUpdate: updateCount > 0 && first !== undefined ? first.minutes : null,
    updateCount,
    longestGap: gaps.reduce((m, g) => Math.max(m, g.minutes), 0),
    gapsOverTarget: over.length,
    minutesOverTarget: over.reduce((sum, g) => sum + (g.minutes - target.max), 0),
    coverage: total === 0 ? 1 : covered / total,
    resolutionNoticeDelay,
  };
}
