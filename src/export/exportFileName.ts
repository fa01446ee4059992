/**
 * The file name of every export of a review: `comms-review-<incident-slug>-<YYYY-MM-DD>.<ext>`
 * (`comms-review-card-payments-failing-at-checkout-2026-10-13.md`). The date is the
 * incident's (its alert, else its first communication, in the report's zone), so every
 * file of one review sorts together whatever day it is made; an incident with neither
 * takes the day the report is made.
 */
import type { EpochMs } from '../domain/model';
import { isoDay } from '../domain/time/isoDay';

export { isoDay };

/** Lower-case ASCII words joined by `-` (accents dropped), at most 60 characters. */
export function fileSlug(text: string, fallback = 'incident'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** What a file is named from: a `ReportModel` has it all. */
export interface FileNameSource {
  readonly incident: { readonly title: string; readonly alert: EpochMs | null };
  readonly timeZone: string;
  readonly generatedAt: EpochMs;
  /** The incident's communications (any order): the first dates an incident with no alert. */
  readonly communications?: readonly { readonly instant: EpochMs }[];
}

export function exportFileName(model: FileNameSource, ext: string): string {
  // A reduce, not Math.min(...): a review can hold 100,000 communications.
  const first = (model.communications ?? []).reduce<EpochMs | null>(
    (min, c) => (min === null || c.instant < min ? c.instant : min),
    null,
  );
  const day = isoDay(model.incident.alert ?? first ?? model.generatedAt, model.timeZone);
  return `comms-review-${fileSlug(model.incident.title)}-${day}.${ext.replace(/^\.+/, '')}`;
}
