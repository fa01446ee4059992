import { GapMarks } from '../../../../src/canvas/layout/GapMarks';
import { EDIT_METRICS } from '../../../../src/canvas/layout/sceneMetrics';
import type { SceneGap } from '../../../../src/canvas/layout/timelineScene';

/**
 * The marks GapMarks keeps of `gaps`, given one by one as the scene gives them, with labels
 * of `fontSize` (the editing view's by default).
 */
export function cullGaps(
  gaps: readonly SceneGap[],
  widthPx: number,
  fontSize = EDIT_METRICS.fontSize,
): SceneGap[] {
  const marks = new GapMarks(widthPx, gaps.length, fontSize);
  for (const g of gaps) marks.add(g.index, g.x0, g.x1, g.minutes, g.status, g.longest);
  return marks.marks();
}
