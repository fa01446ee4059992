import type { EpochMs } from '../model';
import { wallClock } from './wallClock';

/**
 * Offset of `zone` from UTC at the instant `ms`, in whole minutes (e.g. −180 for
 * `America/Sao_Paulo`). Computed from the zone's wall clock, so daylight saving is exact.
 */
export function zoneOffsetMinutes(ms: EpochMs, zone: string): number {
  const w = wallClock(ms, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const d = new Date(asUtc);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  d.setUTCFullYear(w.year);
  return Math.round((d.getTime() - wholeSecond) / 60_000);
}
