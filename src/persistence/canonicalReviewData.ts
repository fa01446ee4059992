import type {
  Channel,
  Communication,
  Incident,
  Note,
  Phase,
  Review,
  ReviewData,
} from '../domain/model';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A loaded review in one defined order, whichever storage it came from: channels by name,
 * communications by instant then import order, phases by start, notes by moment then
 * creation (ties by id).
 */
export function canonicalReviewData(parts: {
  review: Review;
  incident: Incident;
  channels: readonly Channel[];
  communications: readonly Communication[];
  phases: readonly Phase[];
  notes: readonly Note[];
}): ReviewData {
  return {
    review: parts.review,
    incident: parts.incident,
    channels: [...parts.channels].sort((a, b) => a.name.localeCompare(b.name) || byId(a, b)),
    communications: [...parts.communications].sort(
      (a, b) => a.instant - b.instant || a.order - b.order || byId(a, b),
    ),
    phases: [...parts.phases].sort((a, b) => a.start - b.start || byId(a, b)),
    notes: [...parts.notes].sort((a, b) => a.at - b.at || a.createdAt - b.createdAt || byId(a, b)),
  };
}
