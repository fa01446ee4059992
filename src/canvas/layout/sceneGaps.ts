import type { GapList } from '../../domain/gaps/GapList';
import { gapStatus } from '../../domain/gaps/gapStatus';
import type { EpochMs } from '../../domain/model';
import { GapMarks, inReach } from './GapMarks';
import type { EndName, SceneGap } from './timelineScene';

/**
 * The analysis's gaps as the marks worth drawing (GapMarks), read from the gap list's
 * instants: only the marks kept are made (at 100,000 gaps, ~5,000 objects per pan or zoom,
 * not 100,000). `endNames`: where the alert's and the resolution's names are written,
 * which no over-target label covers.
 */
export function sceneGaps(
  gaps: GapList,
  x: (ms: EpochMs) => number,
  widthPx: number,
  fontSize: number,
  endNames: readonly EndName[],
): SceneGap[] {
  const marks = new GapMarks(widthPx, gaps.length, fontSize);
  const { ends, target, longestMinutes } = gaps;
  let to = ends[0] as EpochMs;
  let x1 = gaps.length > 0 ? x(to) : 0;
  for (let index = 0; index < gaps.length; index++) {
    const from = to;
    const x0 = x1;
    to = ends[index + 1] as EpochMs;
    x1 = x(to);
    if (marks.culls && !inReach(x0, x1, widthPx)) continue;
    const minutes = (to - from) / 60_000;
    marks.add(index, x0, x1, minutes, gapStatus(minutes, target), minutes === longestMinutes);
  }
  return marks.marks(endNames);
}
