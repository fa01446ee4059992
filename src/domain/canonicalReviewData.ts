import { inOrderBy } from './inOrderBy';
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
 * creation, root causes and actions by creation, the rest by id. A list already in its
 * order is kept as it is (`inOrderBy`).
 */
export function canonicalReviewData(parts: ReviewData): ReviewData {
  return {
    ...parts,
    channels: inOrderBy(parts.channels, (a, b) => a.name.localeCompare(b.name) || byId(a, b)),
    communications: inOrderBy(
      parts.communications,
      (a, b) => a.instant - b.instant || a.order - b.order || byId(a, b),
    ),
    phases: inOrderBy(parts.phases, (a, b) => a.start - b.start || byId(a, b)),
    notes: inOrderBy(parts.notes, (a, b) => a.at - b.at || byCreation(a, b)),
    participants: inOrderBy(
      parts.participants,
      (a, b) => a.name.localeCompare(b.name) || byId(a, b),
    ),
    rootCauses: inOrderBy(parts.rootCauses, byCreation),
    votes: inOrderBy(parts.votes, byId),
    actions: inOrderBy(parts.actions, byCreation),
    whatIfs: inOrderBy(parts.whatIfs, (a, b) => a.instant - b.instant || byId(a, b)),
    attachments: inOrderBy(parts.attachments, byId),
    dismissals: inOrderBy(parts.dismissals, byId),
  };
}
