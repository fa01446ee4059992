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

/** Reads the wall clock of `ms` in `zone` (an IANA name or `UTC`). Throws on an unknown zone. */
export function wallClock(ms: EpochMs, zone: string): WallClock {
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
