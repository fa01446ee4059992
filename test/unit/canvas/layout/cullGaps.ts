import { GapMarks } from '../../../../src/canvas/layout/GapMarks';
import type { SceneGap } from '../../../../src/canvas/layout/timelineScene';

/** The marks GapMarks keeps of `gaps`, given one by one as the scene gives them. */
export function cullGaps(gaps: readonly SceneGap[], widthPx: number): SceneGap[] {
  const marks = new GapMarks(widthPx, gaps.length);
  for (const g of gaps) marks.add(g.index, g.x0, g.x1, g.minutes, g.status, g.longest);
  return marks.marks();
}
