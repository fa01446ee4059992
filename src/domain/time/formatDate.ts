import type { EpochMs } from '../model';

/** The calendar date of an instant in a zone, in the locale's medium style (`13 Oct 2026`). */
export function formatDate(ms: EpochMs, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' }).format(
    new Date(ms),
  );
}
