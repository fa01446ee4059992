import type { Translate } from '../../i18n/I18nContext';
import { formatMinutes } from '../../i18n/formatMinutes';

/** A duration for people: `45 min` below an hour, `3 h 30 min` from an hour on. */
export function formatDuration(minutes: number, t: Translate, locale: string): string {
  if (minutes < 60) return t('common.minutes', { value: formatMinutes(minutes, locale) });
  const whole = Math.round(minutes);
  return t('export.doc.hours', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}
