/**
 * Small wordings the PDF sections share: durations, dates of deadlines, times of
 * the incident (in the report's zone) and people.
 */
import type { EpochMs } from '../../domain/model';
import type { ReportPerson } from '../../domain/report/reportModel';
import { formatDate } from '../../domain/time/formatDate';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatInstant } from '../../domain/time/formatInstant';
import { formatOffset } from '../../domain/time/formatOffset';
import { wallClock } from '../../domain/time/wallClock';
import { zoneOffsetMinutes } from '../../domain/time/zoneOffsetMinutes';
import type { Translate } from '../../i18n/I18nContext';
import { formatMinutes } from '../../i18n/formatMinutes';

/** `45 min`, or `3 h 30 min` from an hour on. */
export function durationText(minutes: number, t: Translate, locale: string): string {
  const whole = Math.round(minutes);
  if (whole < 60) return t('common.minutes', { value: formatMinutes(minutes, locale) });
  return t('export.pdf.hours', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` deadline as the locale writes a date (`15 Jan 2027`); other text as is. */
export function deadlineText(deadline: string, locale: string): string {
  const m = ISO_DATE.exec(deadline);
  if (m === null) return deadline;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? deadline : formatDate(ms, 'UTC', locale);
}

/** The clock time in the zone, with the date in front when it is not `sameDayAs`'s date. */
export function momentText(
  ms: EpochMs,
  zone: string,
  locale: string,
  sameDayAs: EpochMs | null,
): string {
  const day = formatDate(ms, zone, locale);
  return sameDayAs !== null && day === formatDate(sameDayAs, zone, locale)
    ? formatInstant(ms, zone, locale)
    : formatDateTime(ms, zone, locale);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export interface TimeColumn {
  /** The column's header: `Time (UTC−03:00)` when every row has that offset. */
  readonly label: (base: string) => string;
  readonly text: (ms: EpochMs) => string;
}

/**
 * Times for a table column: when all of them share one UTC offset it goes in the header
 * once and the cells say `14:05` (with the date when not `sameDayAs`'s day); across a
 * clock change every cell keeps its own offset.
 */
export function timeColumn(
  instants: readonly EpochMs[],
  zone: string,
  locale: string,
  sameDayAs: EpochMs | null,
): TimeColumn {
  const offsets = new Set(instants.map((ms) => zoneOffsetMinutes(ms, zone)));
  const [offset] = offsets;
  if (offsets.size !== 1 || offset === undefined)
    return { label: (base) => base, text: (ms) => momentText(ms, zone, locale, sameDayAs) };
  const day = sameDayAs === null ? null : formatDate(sameDayAs, zone, locale);
  return {
    label: (base) => `${base} (${formatOffset(offset)})`,
    text: (ms) => {
      const w = wallClock(ms, zone);
      const clock = `${pad2(w.hour)}:${pad2(w.minute)}`;
      const date = formatDate(ms, zone, locale);
      return date === day ? clock : `${date}, ${clock}`;
    },
  };
}

export const personText = (p: ReportPerson): string =>
  p.role === null || p.role.trim() === '' ? p.name : `${p.name} (${p.role})`;
