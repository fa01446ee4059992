/**
 * Merges dots of one lane that fall within `BIN_PX` of each other into one dot carrying all
 * their ids, so a zoomed-out view of tens of thousands of messages stays a few thousand
 * nodes at most (issue "Fast at real sizes"). Pure.
 */
import { BIN_PX } from './sceneMetrics';
import type { SceneDot } from './timelineScene';

export function binDots(dots: readonly SceneDot[]): SceneDot[] {
  const byLane = new Map<number, SceneDot[]>();
  for (const d of dots) {
    const lane = byLane.get(d.lane);
    if (lane === undefined) byLane.set(d.lane, [d]);
    else lane.push(d);
  }
  const out: SceneDot[] = [];
  for (const lane of byLane.values()) {
    lane.sort((a, b) => a.x - b.x);
    let bin: SceneDot | null = null;
    let ids: string[] = [];
    for (const d of lane) {
      if (bin !== null && d.x - bin.x < BIN_PX) {
        ids.push(...d.ids);
        continue;
      }
      if (bin !== null) out.push({ ...bin, ids });
      bin = d;
      ids = [...d.ids];
    }
    if (bin !== null) out.push({ ...bin, ids });
  }
  return out;
}
