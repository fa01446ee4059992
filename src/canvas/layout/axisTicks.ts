/**
 * Time-axis ticks for the timeline (issue "The timeline"): aligned to the wall clock of
 * the incident's zone, spaced for the current zoom (minutes, hours, days), and marking
 * local midnights so the date shows. Pure: no Konva, no DOM.
 */
import type { EpochMs } from '../../domain/model';
import { zoneOffsetMinutes } from '../../domain/time/zoneOffsetMinutes';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Candidate steps, smallest first. */
export const TICK_STEPS: readonly number[] = [
  1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1_440, 2_880, 10_080,
].map((m) => m * MINUTE);

export interface AxisTick {
  readonly instant: EpochMs;
  /** The tick falls on a local midnight: its label shows the date. */
  readonly midnight: boolean;
}

/** The smallest step whose ticks stand at least `minSpacingPx` apart. */
export function chooseTickStep(pxPerMs: number, minSpacingPx = 80): number {
  for (const step of TICK_STEPS) if (step * pxPerMs >= minSpacingPx) return step;
  return TICK_STEPS[TICK_STEPS.length - 1] ?? DAY;
}

/**
 * Ticks in [start, end] every `step`, on multiples of the step in local wall-clock time
 * (a 15-minute step ticks at :00, :15, …; a 6-hour step at 00:00, 06:00, … local).
 * Capped at `maxTicks` so a huge span can never produce an unbounded array.
 */
export function axisTicks(
  start: EpochMs,
  end: EpochMs,
  step: number,
  zone: string,
  maxTicks = 500,
): AxisTick[] {
  const ticks: AxisTick[] = [];
  if (!(end >= start) || step <= 0) return ticks;
  const localStart = start + zoneOffsetMinutes(start, zone) * MINUTE;
  const alignTo = step >= DAY ? DAY : step;
  let local = Math.ceil(localStart / alignTo) * alignTo;
  while (ticks.length < maxTicks) {
    // Convert local wall time back to an instant with the offset in force there.
    const guess = local - zoneOffsetMinutes(local, zone) * MINUTE;
    const instant = local - zoneOffsetMinutes(guess, zone) * MINUTE;
    if (instant > end) break;
    if (instant >= start && ticks.at(-1)?.instant !== instant) {
      ticks.push({ instant, midnight: ((local % DAY) + DAY) % DAY === 0 });
    }
    local += step;
  }
  return ticks;
}
