import type { ReviewListItem } from '../domain/reviewGateway';
import { sharedGapAnalysis } from '../domain/gaps/sharedGapAnalysis';
import type { ReviewData } from '../domain/model';

/**
 * A list row: the review, its incident's headline, its gap figures from the domain and the
 * actions of its plan still to do.
 */
export function toReviewListItem(data: ReviewData): ReviewListItem {
  const analysis = sharedGapAnalysis({
    incident: data.incident,
    channels: data.channels,
    communications: data.communications,
  });
  return {
    review: data.review,
    incidentTitle: data.incident.title,
    alert: data.incident.alert,
    timeZone: data.incident.timeZone,
    severity: data.incident.severity,
    longestGap: analysis.ok ? analysis.summary.longestGap : null,
    summary: analysis.ok ? analysis.summary : null,
    pendingActions: data.actions
      .filter((a) => a.status === 'open' || a.status === 'in-progress')
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
  };
}

/** Newest first: most recently updated, then most recently created, then by id. */
export function compareListItems(a: ReviewListItem, b: ReviewListItem): number {
  return (
    b.review.updatedAt - a.review.updatedAt ||
    b.review.createdAt - a.review.createdAt ||
    (a.review.id < b.review.id ? -1 : a.review.id > b.review.id ? 1 : 0)
  );
}
