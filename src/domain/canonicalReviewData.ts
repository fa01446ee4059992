import { inOrderBy } from './inOrderBy';
import { byInstantOrderThenId } from './inTimeOrder';
import type { ReviewData } from './model';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const byCreation = (
  a: { id: string; createdAt: number },
  b: { id: string; createdAt: number },
): number => a.createdAt - b.createdAt || byId(a, b);

// One function per order, made once: `inOrderBy` remembers a list's order by its function.
const byNameThenId = (a: { id: string; name: string }, b: { id: string; name: string }): number =>
  a.name.localeCompare(b.name) || byId(a, b);
const byStartThenId = (
  a: { id: string; start: number },
  b: { id: string; start: number },
): number => a.start - b.start || byId(a, b);
const byMomentThenCreation = (
  a: { id: string; at: number; createdAt: number },
  b: { id: string; at: number; createdAt: number },
): number => a.at - b.at || byCreation(a, b);
const byInstantThenId = (
  a: { id: string; instant: number },
  b: { id: string; instant: number },
): number => a.instant - b.instant || byId(a, b);

/**
 * A loaded review in one defined order, whichever storage it came from: channels by name,
 * communications by instant then import order, phases by start, notes by moment then
 * creation, root causes and actions by creation, the rest by id. A list already in its
 * order is kept as it is (`inOrderBy`).
 */
export function canonicalReviewData(parts: ReviewData): ReviewData {
  return {
    ...parts,
    channels: inOrderBy(parts.channels, byNameThenId),
    communications: inOrderBy(parts.communications, byInstantOrderThenId),
    phases: inOrderBy(parts.phases, byStartThenId),
    notes: inOrderBy(parts.notes, byMomentThenCreation),
    participants: inOrderBy(parts.participants, byNameThenId),
    rootCauses: inOrderBy(parts.rootCauses, byCreation),
    votes: inOrderBy(parts.votes, byId),
    actions: inOrderBy(parts.actions, byCreation),
    whatIfs: inOrderBy(parts.whatIfs, byInstantThenId),
    attachments: inOrderBy(parts.attachments, byId),
    dismissals: inOrderBy(parts.dismissals, byId),
  };
}
