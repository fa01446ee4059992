import type { EpochMs } from '../model';
import { formatDate } from './formatDate';
import { formatInstant } from './formatInstant';

/** Date, clock time and offset of an instant in a zone: `13 Oct 2026, 13:12 UTC−03:00`. */
export function formatDateTime(ms: EpochMs, zone: string, locale: string): string {
  return `${formatDate(ms, zone, locale)}, ${formatInstant(ms, zone, locale)}`;
}
