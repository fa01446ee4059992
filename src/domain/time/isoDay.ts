import type { EpochMs } from '../model';
import { wallClock } from './wallClock';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar day of an instant in a zone, `YYYY-MM-DD` (sorts as the calendar does). */
export function isoDay(ms: EpochMs, zone: string): string {
  const w = wallClock(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}
