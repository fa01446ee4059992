import type { EpochMs } from '../../domain/model';
import { formatDate } from '../../domain/time/formatDate';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatInstant } from '../../domain/time/formatInstant';

/**
 * A message's time for the Message checks list, in the display zone: the clock time with
 * its offset (`13:41 UTC−03:00`) on the alert's day, with the date too on any other day
 * (a follow-up the next morning) or when the alert is unknown.
 */
export function messageTime(
  instant: EpochMs,
  alert: EpochMs | null,
  zone: string,
  locale: string,
): string {
  if (alert !== null && formatDate(instant, zone, locale) === formatDate(alert, zone, locale)) {
    return formatInstant(instant, zone, locale);
  }
  return formatDateTime(instant, zone, locale);
}
