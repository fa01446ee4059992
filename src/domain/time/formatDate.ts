import type { EpochMs } from '../model';

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

/** The calendar date of an instant in a zone, in the locale's medium style (`13 Oct 2026`). */
export function formatDate(ms: EpochMs, zone: string, locale: string): string {
  return formatterFor(zone, locale).format(new Date(ms));
}
