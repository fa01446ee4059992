import type { EpochMs } from '../model';
import { formatOffset } from './formatOffset';
import { wallClock } from './wallClock';
import { zoneOffsetMinutes } from './zoneOffsetMinutes';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Clock time of an instant in a zone, with the offset: `14:05 UTC−03:00`. Hours are
 * 24-hour in every language (the workshop compares times, not phrasing); `locale` is
 * accepted so callers pass the same arguments as to `formatDateTime`.
 */
export function formatInstant(ms: EpochMs, zone: string, _locale?: string): string {
  const w = wallClock(ms, zone);
  return `${pad2(w.hour)}:${pad2(w.minute)} ${formatOffset(zoneOffsetMinutes(ms, zone))}`;
}
