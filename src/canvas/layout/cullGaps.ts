/**
 * The gap marks worth drawing (issue "Fast at real sizes"): with thousands of gaps, only
 * those that can come into view while panning one screen either way; with tens of
 * thousands, runs of narrow in-target gaps of one status merged into one bar (their labels
 * are hidden anyway; `GapBars` paints every bar as one shape).
 * Over-target and longest gaps always stay marks of their own. Small scenes are untouched.
 * Pure.
 */
import type { SceneGap } from './timelineScene';

/** Above this many gaps the scene keeps only those in reach. */
export const GAP_CULL_THRESHOLD = 500;
/**
 * Above this many gaps in reach, narrow in-target ones also merge into runs. Not below:
 * measured at 20,000 communications, merging made wheel-zoom frames 50 → 380–470 ms p95
 * (cause not found yet), while 16,000 gap marks in reach cost little; at 100,000 it takes
 * the drawing from 160,256 Konva nodes to about 5,000.
 */
export const GAP_MERGE_THRESHOLD = 40_000;
/** A gap narrower than this shows no label (GapMark), so it may merge with its neighbours. */
export const GAP_LABEL_MIN_PX = 28;

/**
 * `total` is how many gaps the analysis has, when `gaps` are already only those in reach
 * (`inReach`): the thresholds count the analysis's gaps.
 */
export function cullGaps(
  gaps: readonly SceneGap[],
  widthPx: number,
  total = gaps.length,
): readonly SceneGap[] {
  if (total <= GAP_CULL_THRESHOLD) return gaps;
  const merge = total > GAP_MERGE_THRESHOLD;
  const out: SceneGap[] = [];
  let run: { -readonly [K in keyof SceneGap]: SceneGap[K] } | null = null;
  for (const g of gaps) {
    if (!inReach(g.x0, g.x1, widthPx)) continue;
    const mergeable = merge && g.status !== 'gap' && !g.longest && g.x1 - g.x0 < GAP_LABEL_MIN_PX;
    if (mergeable && run !== null && run.status === g.status && g.x0 - run.x1 < 1) {
      run.x1 = g.x1;
      run.minutes += g.minutes;
      run.merged += 1;
      continue;
    }
    if (run !== null) out.push(run);
    run = mergeable ? { ...g } : null;
    if (!mergeable) out.push(g);
  }
  if (run !== null) out.push(run);
  return out;
}

/** Whether a mark from `x0` to `x1` can come into view while panning one screen either way. */
export function inReach(x0: number, x1: number, widthPx: number): boolean {
  return x1 >= -widthPx && x0 <= 2 * widthPx;
}
