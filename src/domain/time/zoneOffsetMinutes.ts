import type { EpochMs } from '../model';
import { zoneOffsetSeconds } from './wallClock';

/**
 * Offset of `zone` from UTC at the instant `ms`, in whole minutes (e.g. −180 for
 * `America/Sao_Paulo`). Computed from the zone's wall clock, so daylight saving is exact.
 */
export function zoneOffsetMinutes(ms: EpochMs, zone: string): number {
  return Math.round(zoneOffsetSeconds(ms, zone) / 60);
}
