import type { EpochMs } from '../model';

/** The clock reading of an instant in a time zone (month 1–12, hour 0–23). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock read from Intl (the reference; ~10 µs a call). */
function intlWallClock(ms: EpochMs, zone: string): WallClock {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part === undefined ? 0 : Number(part.value);
  };
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const rawYear = get('year');
  return {
    year: era.startsWith('B') ? 1 - rawYear : rawYear,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of `zone` from UTC at `ms` in whole seconds, from Intl's wall clock. */
function intlOffsetSeconds(ms: EpochMs, zone: string): number {
  const w = intlWallClock(ms, zone);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  d.setUTCFullYear(w.year);
  return Math.round((d.getTime() - Math.floor(ms / 1000) * 1000) / 1000);
}

// Offsets are kept per zone and quarter hour. Within that range the fast path below holds:
// Intl's calendar is the proleptic Gregorian one of Date (ICU switches to Julian before 1582).
const BUCKET_MS = 15 * 60_000;
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_UNTIL = Date.UTC(2200, 0, 1);
const MAX_KEPT = 50_000;
/** zone → quarter hour → offset in seconds through it, or null when it changes inside. */
const offsets = new Map<string, Map<number, number | null>>();
let kept = 0;

/**
 * The zone's offset through the quarter hour `bucket`, or null when it changes inside it.
 * Zone offsets change at whole seconds and never twice within 15 minutes, so the same
 * offset at the first and the last second of the quarter means it holds throughout.
 */
function bucketOffset(zone: string, bucket: number): number | null {
  let byBucket = offsets.get(zone);
  if (byBucket === undefined) {
    byBucket = new Map();
    offsets.set(zone, byBucket);
  }
  const known = byBucket.get(bucket);
  if (known !== undefined) return known;
  if (kept >= MAX_KEPT) {
    offsets.clear();
    kept = 0;
    byBucket = new Map();
    offsets.set(zone, byBucket);
  }
  const start = bucket * BUCKET_MS;
  const first = intlOffsetSeconds(start, zone);
  const last = intlOffsetSeconds(start + BUCKET_MS - 1000, zone);
  const offset = first === last ? first : null;
  byBucket.set(bucket, offset);
  kept++;
  return offset;
}

/**
 * Offset of `zone` from UTC at the instant `ms`, in whole seconds (e.g. −10,800 for
 * `America/Sao_Paulo`), daylight saving exact. Throws on an unknown zone.
 */
export function zoneOffsetSeconds(ms: EpochMs, zone: string): number {
  if (ms >= FAST_FROM && ms < FAST_UNTIL) {
    const offset = bucketOffset(zone, Math.floor(ms / BUCKET_MS));
    if (offset !== null) return offset;
  }
  return intlOffsetSeconds(ms, zone);
}

/**
 * Reads the wall clock of `ms` in `zone` (an IANA name or `UTC`). Throws on an unknown zone.
 * Between 1900 and 2200 it is the UTC reading of the instant shifted by the zone's offset
 * (Intl is asked once per zone and quarter hour); elsewhere Intl is asked directly.
 */
export function wallClock(ms: EpochMs, zone: string): WallClock {
  if (ms < FAST_FROM || ms >= FAST_UNTIL) return intlWallClock(ms, zone);
  const offset = bucketOffset(zone, Math.floor(ms / BUCKET_MS));
  if (offset === null) return intlWallClock(ms, zone);
  const d = new Date(Math.floor(ms / 1000) * 1000 + offset * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall clock read from Intl on every call (tests compare the fast path with it). */
export const wallClockFromIntl = intlWallClock;
