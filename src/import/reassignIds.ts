/**
 * Gives every record of an imported review a fresh id from `newId`, keeping every
 * reference (review ↔ records, communication → channel) consistent. Used when a worker
 * parsed the file: ids made there are replaced by the caller's own `options.newId`.
 */
import type { ReviewData } from '../domain/model';

export function reassignIds(data: ReviewData, newId: () => string): ReviewData {
  const ids = new Map<string, string>();
  const idFor = (old: string): string => {
    let id = ids.get(old);
    if (id === undefined) {
      id = newId();
      ids.set(old, id);
    }
    return id;
  };
  const reviewId = idFor(data.review.id);
  return {
    review: { ...data.review, id: reviewId },
    incident: { ...data.incident, id: idFor(data.incident.id), reviewId },
    channels: data.channels.map((c) => ({ ...c, id: idFor(c.id), reviewId })),
    communications: data.communications.map((c) => ({
      ...c,
      id: idFor(c.id),
      reviewId,
      channelId: idFor(c.channelId),
    })),
    phases: data.phases.map((p) => ({ ...p, id: idFor(p.id), reviewId })),
    notes: data.notes.map((n) => ({ ...n, id: idFor(n.id), reviewId })),
  };
}
