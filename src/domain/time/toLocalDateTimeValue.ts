import type { EpochMs } from '../model';
import { wallClock } from './wallClock';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The value of a `datetime-local` input showing `ms` in `zone`: `2026-10-13T13:12`, with
 * `:ss` when the seconds are not zero (`2026-10-13T15:55:30`).
 */
export function toLocalDateTimeValue(ms: EpochMs, zone: string): string {
  const w = wallClock(ms, zone);
  const seconds = w.second === 0 ? '' : `:${pad(w.second)}`;
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds}`;
}
