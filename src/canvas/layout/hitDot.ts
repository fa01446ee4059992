import type { SceneDot } from './timelineScene';

/** The dot under a pointer: the nearest within `radius` px, or null. Pure. */
export function hitDot(
  dots: readonly SceneDot[],
  x: number,
  y: number,
  radius: number,
): SceneDot | null {
  let best: SceneDot | null = null;
  let bestDistance = radius * radius;
  for (const d of dots) {
    const dx = d.x - x;
    if (dx > radius || dx < -radius) continue;
    const dy = d.y - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
