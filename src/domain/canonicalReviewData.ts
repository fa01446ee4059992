import type { ReviewData } from './model';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const byCreation = (
  a: { id: string; createdAt: number },
  b: { id: string; createdAt: number },
): number => a.createdAt - b.createdAt || byId(a, b);

/**
 * A loaded review in one defined order, whichever storage it came from: channels by name,
 * communications by instant then import order, phases by start, notes by moment then
 * creation, root causes and actions by creation, the rest by id.
 */
export function canonicalReviewData(parts: ReviewData): ReviewData {
  return {
    ...parts,
    channels: [...parts.channels].sort((a, b) => a.name.localeCompare(b.name) || byId(a, b)),
    communications: [...parts.communications].sort(
      (a, b) => a.instant - b.instant || a.order - b.order || byId(a, b),
    ),
    phases: [...parts.phases].sort((a, b) => a.start - b.start || byId(a, b)),
    notes: [...parts.notes].sort((a, b) => a.at - b.at || byCreation(a, b)),
    participants: [...parts.participants].sort(
      (a, b) => a.name.localeCompare(b.name) || byId(a, b),
    ),
    rootCauses: [...parts.rootCauses].sort(byCreation),
    votes: [...parts.votes].sort(byId),
    actions: [...parts.actions].sort(byCreation),
    whatIfs: [...parts.whatIfs].sort((a, b) => a.instant - b.instant || byId(a, b)),
    attachments: [...parts.attachments].sort(byId),
    dismissals: [...parts.dismissals].sort(byId),
  };
}
