import type { GapSummary } from '../gaps/types';
import type { EpochMs, Severity } from '../model';
import type { ReviewListItem } from '../reviewGateway';
import { isoDay } from '../time/isoDay';

/** Which reviews History compares: a severity (or all) and an alert-date range, both ends included. */
export interface HistoryFilter {
  readonly severity: Severity | 'all';
  /** `YYYY-MM-DD` in each incident's own zone; null: no bound. */
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_HISTORY_FILTER: HistoryFilter = { severity: 'all', from: null, to: null };

export interface HistoryRow {
  readonly reviewId: string;
  readonly title: string;
  readonly alert: EpochMs;
  readonly timeZone: string;
  readonly severity: Severity | null;
  readonly summary: GapSummary;
}

export interface ReviewHistory {
  /** The reviews that pass the filter, oldest incident first (the charts read left to right). */
  readonly rows: readonly HistoryRow[];
  /** Reviews left out because they cannot be analysed (no alert, end before the alert). */
  readonly notAnalysable: number;
}

/** The alert's calendar date in the incident's zone, `YYYY-MM-DD`. */
export const alertDate = isoDay;

/**
 * Every review side by side with the figures the team judges itself by, in incident order,
 * filtered by severity and alert date, so the team sees whether it communicates better
 * than last time. Dates compare as `YYYY-MM-DD` strings (same order as the calendar).
 */
export function reviewHistory(
  items: readonly ReviewListItem[],
  filter: HistoryFilter = NO_HISTORY_FILTER,
): ReviewHistory {
  let notAnalysable = 0;
  const rows: HistoryRow[] = [];
  for (const item of items) {
    if (item.summary === null || item.alert === null) {
      notAnalysable++;
      continue;
    }
    if (filter.severity !== 'all' && item.severity !== filter.severity) continue;
    const day = alertDate(item.alert, item.timeZone);
    if (filter.from !== null && day < filter.from) continue;
    if (filter.to !== null && day > filter.to) continue;
    rows.push({
      reviewId: item.review.id,
      title: item.incidentTitle,
      alert: item.alert,
      timeZone: item.timeZone,
      severity: item.severity,
      summary: item.summary,
    });
  }
  rows.sort((a, b) => a.alert - b.alert || (a.reviewId < b.reviewId ? -1 : 1));
  return { rows, notAnalysable };
}
