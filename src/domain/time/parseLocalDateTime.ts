import { TZDate } from '@date-fns/tz';
import type { EpochMs } from '../model';
import { zoneOffsetMinutes } from './zoneOffsetMinutes';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const HOUR = 3_600_000;

/**
 * Reads a `datetime-local` value (`2026-10-13T13:12`, seconds optional) as a wall-clock
 * time in `zone`. A time that does not exist there (skipped by a daylight-saving change)
 * gives null; a repeated one takes the earlier instant (`../shared/spec/gaps.md`, Time).
 */
export function parseLocalDateTime(value: string, zone: string): EpochMs | null {
  const m = LOCAL.exec(value.trim());
  if (m === null) return null;
  const num = (i: number): number => Number(m[i] ?? '0');
  const [year, month, day, hour, minute, second] = [num(1), num(2), num(3), num(4), num(5), num(6)];
  const millis = Number((m[7] ?? '0').padEnd(3, '0'));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wallDate = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  wallDate.setUTCFullYear(year);
  if (wallDate.getUTCDate() !== day) return null; // 31 April and the like
  const wall = wallDate.getTime();

  const first = new TZDate(year, month - 1, day, hour, minute, second, zone).getTime() + millis;
  // Every offset the zone could have around that wall time; keep those that round-trip.
  const offsets = new Set([
    zoneOffsetMinutes(first, zone),
    zoneOffsetMinutes(wall - 36 * HOUR, zone),
    zoneOffsetMinutes(wall + 36 * HOUR, zone),
  ]);
  let best: EpochMs | null = null;
  for (const offset of offsets) {
    const candidate = wall - offset * 60_000;
    if (zoneOffsetMinutes(candidate, zone) === offset && (best === null || candidate < best)) {
      best = candidate;
    }
  }
  return best;
}
