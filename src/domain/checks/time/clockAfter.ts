/**
 * The instant of a clock time promised in a message (`../shared/spec/checks.md`, Details):
 * read in `where` (a named zone with its daylight saving, or the fixed offset the message
 * was written in); with no date, the first such time strictly after the message ("tomorrow"
 * moves it to the next calendar day when it would fall on the message's own day). Null when
 * the time does not exist there (skipped by a daylight-saving change).
 */
import type { EpochMs } from '../../model';
import { localTimeToInstant } from '../../time/localTimeToInstant';
import { wallClock } from '../../time/wallClock';
import type { ZoneRef } from './zoneRef';

const MINUTE = 60_000;

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function dayAfter(d: Day, days: number): Day {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function instantOn(d: Day, hour: number, minute: number, where: ZoneRef): EpochMs | null {
  if (where.kind === 'offset') {
    return Date.UTC(d.year, d.month - 1, d.day, hour, minute) - where.minutes * MINUTE;
  }
  const zoned = localTimeToInstant({ ...d, hour, minute, second: 0, millisecond: 0 }, where.zone);
  return zoned?.ms ?? null;
}

function localDay(ms: EpochMs, where: ZoneRef): Day {
  if (where.kind === 'offset') {
    const d = new Date(ms + where.minutes * MINUTE);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const w = wallClock(ms, where.zone);
  return { year: w.year, month: w.month, day: w.day };
}

export function clockAfter(
  after: EpochMs,
  hour: number,
  minute: number,
  where: ZoneRef,
  tomorrow = false,
): EpochMs | null {
  const today = localDay(after, where);
  const first = tomorrow ? dayAfter(today, 1) : today;
  for (let add = 0; add <= 2; add++) {
    const day = dayAfter(first, add);
    const candidate = instantOn(day, hour, minute, where);
    if (candidate === null) return null;
    if (candidate > after) return candidate;
  }
  return null;
}
