import { GapMarks } from '../../../../src/canvas/layout/GapMarks';
import { EDIT_METRICS } from '../../../../src/canvas/layout/sceneMetrics';
import type { EndName, SceneGap } from '../../../../src/canvas/layout/timelineScene';

/**
 * The marks GapMarks keeps of `gaps`, given one by one as the scene gives them, with labels
 * of `fontSize` (the editing view's by default), the alert's and the resolution's names
 * written at `ends`.
 */
export function cullGaps(
  gaps: readonly SceneGap[],
  widthPx: number,
  fontSize = EDIT_METRICS.fontSize,
  ends: readonly EndName[] = [],
): SceneGap[] {
  const marks = new GapMarks(widthPx, gaps.length, fontSize);
  for (const g of gaps) marks.add(g.index, g.x0, g.x1, g.minutes, g.status, g.longest);
  return marks.marks(ends);
}
