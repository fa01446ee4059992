import type { EpochMs } from '../model';
import { wallClock } from './wallClock';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and zone: building one costs far more than formatting. */
function formatterFor(zone: string, locale: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' });
    formatters.set(key, f);
  }
  return f;
}

/** Formatted dates by locale, zone and calendar day: an incident's messages share a few. */
const byDay = new Map<string, string>();
const MAX_DAYS = 10_000;

/** The calendar date of an instant in a zone, in the locale's medium style (`13 Oct 2026`). */
export function formatDate(ms: EpochMs, zone: string, locale: string): string {
  const w = wallClock(ms, zone);
  const key = `${locale}\u0000${zone}\u0000${w.year}-${w.month}-${w.day}`;
  let text = byDay.get(key);
  if (text === undefined) {
    text = formatterFor(zone, locale).format(new Date(ms));
    if (byDay.size >= MAX_DAYS) byDay.clear();
    byDay.set(key, text);
  }
  return text;
}
