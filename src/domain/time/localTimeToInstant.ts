/**
 * Reads a wall-clock time in a zone (`../shared/spec/gaps.md`, Time): a local time the
 * zone skips (daylight-saving gap) has no instant; a repeated one takes the earlier
 * instant. Every offset the zone has within a day and a half of that time is tried and
 * the ones that round-trip are kept. (No TZDate per row: its Intl call per construction
 * made a 100,000-row import three times slower than these hour-cached offsets.)
 */
import type { WallClock } from './wallClock';
import { zoneOffsetMinutes } from './zoneOffsetMinutes';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A wall clock reading with milliseconds (month 1–12). */
export interface WallTime extends WallClock {
  readonly millisecond: number;
}

export interface ZonedInstant {
  readonly ms: number;
  readonly offsetMinutes: number;
}

/** The wall time as if it were UTC (years below 100 kept as written). */
export function wallTimeAsUtc(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/**
 * Offsets of one zone, cached per UTC hour: when the offset is the same at both ends of
 * an hour it is the offset throughout (zones change at most once within an hour), so a
 * 100,000-row file costs a few formatter calls per distinct hour, not per row.
 */
const hourCache = new Map<string, Map<number, readonly [number, number]>>();

function offsetAt(ms: number, zone: string): number {
  let perZone = hourCache.get(zone);
  if (perZone === undefined) {
    if (hourCache.size > 20) hourCache.clear();
    perZone = new Map();
    hourCache.set(zone, perZone);
  }
  const hour = Math.floor(ms / HOUR);
  let ends = perZone.get(hour);
  if (ends === undefined) {
    if (perZone.size > 100_000) perZone.clear();
    ends = [zoneOffsetMinutes(hour * HOUR, zone), zoneOffsetMinutes((hour + 1) * HOUR - 1, zone)];
    perZone.set(hour, ends);
  }
  return ends[0] === ends[1] ? ends[0] : zoneOffsetMinutes(ms, zone);
}

/** The instant of a wall time in `zone` (a valid IANA name or `UTC`); null in a DST gap. */
export function localTimeToInstant(wall: WallTime, zone: string): ZonedInstant | null {
  const asUtc = wallTimeAsUtc(wall);
  const offsets = new Set([
    offsetAt(asUtc, zone),
    offsetAt(asUtc - 36 * HOUR, zone),
    offsetAt(asUtc + 36 * HOUR, zone),
  ]);
  let best: ZonedInstant | null = null;
  for (const offset of offsets) {
    const candidate = asUtc - offset * MINUTE;
    if (offsetAt(candidate, zone) === offset && (best === null || candidate < best.ms)) {
      best = { ms: candidate, offsetMinutes: offset };
    }
  }
  return best;
}
