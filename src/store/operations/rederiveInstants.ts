import type { Communication, InstantSource, SourceInstant } from '../../domain/model';

/**
 * Statuspage updates keep both of their times (`sourceTimes`); the incident's
 * `instantSource` says which one is the communication's instant (spec gaps.md, Terms).
 * Returns the communications whose instant changes, with the new instant and offset; a
 * time the source did not give falls back to the other one.
 */
export function rederiveInstants(
  communications: readonly Communication[],
  source: InstantSource,
  updatedAt: number,
): Communication[] {
  const changed: Communication[] = [];
  for (const c of communications) {
    if (c.sourceTimes === null) continue;
    const { displayAt, createdAt } = c.sourceTimes;
    const chosen: SourceInstant | null =
      source === 'display_at' ? (displayAt ?? createdAt) : (createdAt ?? displayAt);
    if (chosen === null) continue;
    if (chosen.ms === c.instant && chosen.offsetMinutes === c.offsetMinutes) continue;
    changed.push({ ...c, instant: chosen.ms, offsetMinutes: chosen.offsetMinutes, updatedAt });
  }
  return changed;
}
