import { formatOffset } from '../domain/time/formatOffset';
import { wallClock } from '../domain/time/wallClock';
import { zoneOffsetMinutes } from '../domain/time/zoneOffsetMinutes';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * An instant of the report (ISO UTC) as the text report shows it in `zone`:
 * `2024-03-05 14:05 UTC−03:00` (24-hour clock, the zone's offset at that instant).
 */
export function formatCliTime(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  const w = wallClock(ms, zone);
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  return `${date} ${pad(w.hour)}:${pad(w.minute)} ${formatOffset(zoneOffsetMinutes(ms, zone))}`;
}
