import type { GapStatus } from '../../domain/gaps/types';
import {
  endNameHalf,
  GAP_CULL_THRESHOLD,
  GAP_LABEL_EMS,
  GAP_LABEL_MIN_PX,
  GAP_MERGE_THRESHOLD,
  LONGEST_LABEL_EMS,
} from './gapMarkLimits';
import type { EndName, SceneGap } from './timelineScene';

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
 *
 * Labels: a mark shows its minutes when it is one gap with room for them, or over target;
 * and, left to right, when its label does not overlap the last one shown (the longest
 * gap's label before any other). Zoomed out on 100,000 messages, 577 labels were piled on
 * 1,400 px, each a Konva text measured, drawn and rasterised on opening (~110 ms), for
 * none of them to be read; zooming in shows them, the gap table lists them all.
 */
export class GapMarks {
  /** Whether gaps out of reach are left out (the caller may skip them before `add`). */
  readonly culls: boolean;
  private readonly merges: boolean;
  private readonly out: SceneGap[] = [];
  private run: OpenRun | null = null;

  /**
   * `total`: how many gaps the analysis has (the thresholds count them all); `fontSize`:
   * the labels' (their room is counted in it).
   */
  constructor(
    private readonly widthPx: number,
    total: number,
    private readonly fontSize: number,
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
    const mark = {
      index,
      x0,
      x1,
      minutes,
      status,
      longest,
      merged: 1,
      labelled: false,
      labelRow: 0,
    };
    this.run = mergeable ? mark : null;
    if (!mergeable) this.out.push(mark);
  }

  /**
   * The marks, in order, their labels chosen (call once, after the last gap). `ends`: where
   * the alert's and the resolution's names are written (row 0 is the over-target labels').
   */
  marks(ends: readonly EndName[] = []): SceneGap[] {
    if (this.run !== null) this.out.push(this.run);
    this.run = null;
    this.chooseLabels(ends);
    return this.out;
  }

  /**
   * Left to right, each label that fits after the last one shown; the longest's first. An
   * over-target label (but the longest's) that would cover the alert's or the resolution's
   * name is not shown; the longest's goes up a row, or two, until it covers neither.
   */
  private chooseLabels(ends: readonly EndName[]): void {
    const shown: OpenRun[] = [];
    const half = (g: SceneGap): number =>
      ((g.longest ? LONGEST_LABEL_EMS : GAP_LABEL_EMS) * this.fontSize) / 2;
    const centre = (g: SceneGap): number => (g.x0 + g.x1) / 2;
    const overlaps = (a: SceneGap, b: SceneGap): boolean =>
      Math.abs(centre(a) - centre(b)) < half(a) + half(b);
    const endHalf = endNameHalf(this.fontSize);
    const coversAnEnd = (g: SceneGap, row: number): boolean =>
      ends.some((e) => e.row === row && Math.abs(centre(g) - e.x) < half(g) + endHalf);
    for (const mark of this.out as OpenRun[]) {
      if (!wantsLabel(mark)) continue;
      if (mark.status === 'gap' && !mark.longest && coversAnEnd(mark, 0)) continue;
      // The longest gap's label takes the place of those before it that it overlaps.
      while (mark.longest) {
        const last = shown.at(-1);
        if (last === undefined || last.longest || !overlaps(last, mark)) break;
        last.labelled = false;
        shown.pop();
      }
      const last = shown.at(-1);
      if (last !== undefined && overlaps(last, mark)) continue;
      mark.labelled = true;
      if (mark.longest) while (coversAnEnd(mark, mark.labelRow)) mark.labelRow++;
      shown.push(mark);
    }
  }
}

/** A mark with room for its minutes, or over target (GAP_LABEL_MIN_PX). */
function wantsLabel(g: SceneGap): boolean {
  return g.merged === 1 && (g.x1 - g.x0 >= GAP_LABEL_MIN_PX || g.status === 'gap');
}
