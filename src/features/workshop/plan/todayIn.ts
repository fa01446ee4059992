import type { EpochMs } from '../../../domain/model';
import { wallClock } from '../../../domain/time/wallClock';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The calendar date (`YYYY-MM-DD`) at `now` in `zone`: "today" for the plan's deadlines. */
export function todayIn(zone: string, now: EpochMs): string {
  let clock;
  try {
    clock = wallClock(now, zone);
  } catch {
    clock = wallClock(now, 'UTC');
  }
  return `${pad(clock.year, 4)}-${pad(clock.month, 2)}-${pad(clock.day, 2)}`;
}
