/**
 * Gives every record of an imported review a fresh id from `newId`, keeping every
 * reference consistent (review ↔ records, communication → channel, root cause → notes,
 * vote → root cause and participant, action → root cause, dismissal → communication). Used when a worker parsed the
 * file: ids made there are replaced by the caller's own `options.newId`.
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
  const own = <T extends { id: string }>(r: T): T & { reviewId: string } => ({
    ...r,
    id: idFor(r.id),
    reviewId,
  });
  return {
    review: { ...data.review, id: reviewId },
    incident: own(data.incident),
    session: data.session === null ? null : own(data.session),
    preparation: data.preparation === null ? null : own(data.preparation),
    channels: data.channels.map(own),
    communications: data.communications.map((c) => ({ ...own(c), channelId: idFor(c.channelId) })),
    phases: data.phases.map(own),
    notes: data.notes.map(own),
    participants: data.participants.map(own),
    rootCauses: data.rootCauses.map((r) => ({ ...own(r), noteIds: r.noteIds.map(idFor) })),
    votes: data.votes.map((v) => ({
      ...own(v),
      rootCauseId: idFor(v.rootCauseId),
      participantId: idFor(v.participantId),
    })),
    actions: data.actions.map((a) => ({
      ...own(a),
      rootCauseId: a.rootCauseId === null ? null : idFor(a.rootCauseId),
    })),
    whatIfs: data.whatIfs.map(own),
    attachments: data.attachments.map(own),
    dismissals: data.dismissals.map((d) => ({
      ...own(d),
      communicationId: d.communicationId === null ? null : idFor(d.communicationId),
    })),
  };
}
