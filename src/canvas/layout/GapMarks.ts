import type { GapStatus } from '../../domain/gaps/types';
import { GAP_CULL_THRESHOLD, GAP_LABEL_MIN_PX, GAP_MERGE_THRESHOLD } from './gapMarkLimits';
import type { SceneGap } from './timelineScene';

type OpenRun = { -readonly [K in keyof SceneGap]: SceneGap[K] };

/** Whether a mark from `x0` to `x1` can come into view while panning one screen either way. */
export function inReach(x0: number, x1: number, widthPx: number): boolean {
  return x1 >= -widthPx && x0 <= 2 * widthPx;
}

/**
 * The gap marks worth drawing, given one gap at a time in order (issue "Fast at real
 * sizes"): with more than GAP_CULL_THRESHOLD gaps, only those that can come into view
 * while panning one screen either way; with more than GAP_MERGE_THRESHOLD, runs of narrow
 * in-target gaps of one status merged into one bar (their labels are hidden anyway;
 * `GapBars` paints every bar as one shape). Over-target and longest gaps always stay marks
 * of their own. Only the marks kept are made: at 100,000 gaps, about 5,000 objects where
 * a mark per gap first was 100,000.
 */
export class GapMarks {
  /** Whether gaps out of reach are left out (the caller may skip them before `add`). */
  readonly culls: boolean;
  private readonly merges: boolean;
  private readonly out: SceneGap[] = [];
  private run: OpenRun | null = null;

  /** `total`: how many gaps the analysis has (the thresholds count them all). */
  constructor(
    private readonly widthPx: number,
    total: number,
  ) {
    this.culls = total > GAP_CULL_THRESHOLD;
    this.merges = total > GAP_MERGE_THRESHOLD;
  }

  add(
    index: number,
    x0: number,
    x1: number,
    minutes: number,
    status: GapStatus,
    longest: boolean,
  ): void {
    if (this.culls && !inReach(x0, x1, this.widthPx)) return;
    const mergeable = this.merges && status !== 'gap' && !longest && x1 - x0 < GAP_LABEL_MIN_PX;
    const run = this.run;
    if (mergeable && run !== null && run.status === status && x0 - run.x1 < 1) {
      run.x1 = x1;
      run.minutes += minutes;
      run.merged += 1;
      return;
    }
    if (run !== null) this.out.push(run);
    const mark = { index, x0, x1, minutes, status, longest, merged: 1 };
    this.run = mergeable ? mark : null;
    if (!mergeable) this.out.push(mark);
  }

  /** The marks, in order (call once, after the last gap). */
  marks(): SceneGap[] {
    if (this.run !== null) this.out.push(this.run);
    this.run = null;
    return this.out;
  }
}
