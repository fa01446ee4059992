/**
 * The action plan's deadlines as an iCalendar file (RFC 5545) to import into any calendar:
 * one all-day event per action with a deadline (`DTSTART;VALUE=DATE`, `DTEND` the next
 * day), the action as its SUMMARY, owner, status, root cause and review in its
 * DESCRIPTION. An action's UID comes from its id, so importing a later export updates the
 * same events instead of adding new ones; DTSTAMP is when the report was made. Actions
 * without a deadline are left out (`actionsWithoutDeadline` counts them).
 */
import type { ReportAction, ReportModel } from '../../domain/report/reportModel';
import { foldIcsLine, icsText } from './icsText';
import type { TextExportWords } from './TextExportWords';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDD` of a `YYYY-MM-DD` deadline and of the day after; null when it is not a date. */
function allDay(deadline: string): { start: string; end: string } | null {
  const m = DATE.exec(deadline);
  if (m === null) return null;
  const day = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  day.setUTCFullYear(Number(m[1]));
  if (day.getUTCDate() !== Number(m[3])) return null;
  const ymd = (d: Date): string =>
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const next = new Date(day.getTime());
  next.setUTCDate(next.getUTCDate() + 1);
  return { start: ymd(day), end: ymd(next) };
}

/** `YYYYMMDDTHHMMSSZ` (UTC). */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Actions the calendar leaves out: no deadline (or one that is not a date). */
export function actionsWithoutDeadline(model: {
  readonly actions: readonly { readonly deadline: string | null }[];
}): number {
  return model.actions.filter((a) => a.deadline === null || allDay(a.deadline) === null).length;
}

export function actionsCalendar(model: ReportModel, { t }: Pick<TextExportWords, 't'>): string {
  const title = model.incident.title;
  const stamp = utcStamp(model.generatedAt);
  const event = (a: ReportAction): string[] => {
    const day = a.deadline === null ? null : allDay(a.deadline);
    if (day === null) return [];
    const description = [
      t('export.doc.owner', { owner: a.owner.trim() === '' ? t('export.doc.noOwner') : a.owner }),
      t('export.doc.status', { status: t(`plan.actions.status.${a.status}`) }),
      ...(a.rootCause === null ? [] : [t('export.doc.rootCause', { rootCause: a.rootCause })]),
      t('export.doc.review', { title }),
    ].join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${icsText(a.id)}@gapline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day.start}`,
      `DTEND;VALUE=DATE:${day.end}`,
      `SUMMARY:${icsText(a.text)}`,
      `DESCRIPTION:${icsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gapline//Incident communication review//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(t('export.doc.calendarName', { title }))}`,
    ...model.actions.flatMap(event),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
