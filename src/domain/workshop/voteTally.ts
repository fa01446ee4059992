/**
 * Dot voting on root causes (`../shared/spec/workshop.md`, step 5: "the group picks the
 * two or three problems that matter most (voting helps)").
 *
 * - Each participant has `votesPerParticipant` dots. Putting several dots on the same root
 *   cause IS allowed: that is dot voting, a way to say "this one matters most to me".
 * - Votes by participants or on root causes that no longer exist are ignored.
 * - A participant's votes beyond the limit (the limit was lowered, or two devices voted at
 *   once) are ignored too: only the first `votesPerParticipant` count, ordered by
 *   `updatedAt` then id, so every device gets the same tally whatever the order it stores
 *   votes in.
 * - The tally lists every root cause, unvoted ones with 0, by count (most first), ties in
 *   creation order (`createdAt`, then the order given).
 * - A limit below 1 or a fraction is floored at the integer below (and never below 0).
 */
import type { Participant, RootCause, Vote } from '../model';

export interface RootCauseTally {
  readonly rootCauseId: string;
  /** Dots on this root cause. */
  readonly count: number;
  /** Distinct participants who put at least one dot on it. */
  readonly voters: number;
}

type VoteFields = Pick<Vote, 'id' | 'rootCauseId' | 'participantId' | 'updatedAt'>;
type CauseFields = Pick<RootCause, 'id' | 'createdAt'>;

const limitOf = (votesPerParticipant: number): number =>
  Number.isFinite(votesPerParticipant) ? Math.max(0, Math.floor(votesPerParticipant)) : 0;

const byTimeThenId = (a: VoteFields, b: VoteFields): number =>
  a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The votes that count: valid participant and root cause, at most the limit per person. */
function countedVotes(
  rootCauses: readonly Pick<RootCause, 'id'>[] | undefined,
  votes: readonly VoteFields[],
  participants: readonly Pick<Participant, 'id'>[] | undefined,
  votesPerParticipant: number,
): VoteFields[] {
  const causeIds = rootCauses && new Set(rootCauses.map((c) => c.id));
  const personIds = participants && new Set(participants.map((p) => p.id));
  const limit = limitOf(votesPerParticipant);
  const used = new Map<string, number>();
  const counted: VoteFields[] = [];
  for (const v of [...votes].sort(byTimeThenId)) {
    if (causeIds !== undefined && !causeIds.has(v.rootCauseId)) continue;
    if (personIds !== undefined && !personIds.has(v.participantId)) continue;
    const n = used.get(v.participantId) ?? 0;
    if (n >= limit) continue;
    used.set(v.participantId, n + 1);
    counted.push(v);
  }
  return counted;
}

export function tallyVotes(
  rootCauses: readonly CauseFields[],
  votes: readonly VoteFields[],
  participants: readonly Pick<Participant, 'id'>[],
  votesPerParticipant: number,
): RootCauseTally[] {
  const counted = countedVotes(rootCauses, votes, participants, votesPerParticipant);
  const tally = rootCauses.map((cause, index) => {
    const own = counted.filter((v) => v.rootCauseId === cause.id);
    return {
      entry: {
        rootCauseId: cause.id,
        count: own.length,
        voters: new Set(own.map((v) => v.participantId)).size,
      },
      createdAt: cause.createdAt,
      index,
    };
  });
  tally.sort(
    (a, b) => b.entry.count - a.entry.count || a.createdAt - b.createdAt || a.index - b.index,
  );
  return tally.map((t) => t.entry);
}

/**
 * Dots a participant still has. Without `rootCauses` every stored vote of theirs counts;
 * with them, votes on root causes that no longer exist are given back.
 */
export function votesLeft(
  participantId: string,
  votes: readonly VoteFields[],
  votesPerParticipant: number,
  rootCauses?: readonly Pick<RootCause, 'id'>[],
): number {
  const own = votes.filter((v) => v.participantId === participantId);
  const used = countedVotes(rootCauses, own, undefined, votesPerParticipant).length;
  return limitOf(votesPerParticipant) - used;
}

/**
 * Whether a participant may put one more dot on a root cause: both exist and the
 * participant has a dot left (a root cause they already voted for is fine).
 */
export function canVote(
  participantId: string,
  rootCauseId: string,
  rootCauses: readonly Pick<RootCause, 'id'>[],
  votes: readonly VoteFields[],
  participants: readonly Pick<Participant, 'id'>[],
  votesPerParticipant: number,
): boolean {
  if (!rootCauses.some((c) => c.id === rootCauseId)) return false;
  if (!participants.some((p) => p.id === participantId)) return false;
  return votesLeft(participantId, votes, votesPerParticipant, rootCauses) > 0;
}

/**
 * The `n` most voted root causes, in tally order. Ties at the cut-off are all included
 * (top 2 of counts 5, 3, 3, 1 gives three), so the group decides between equals rather
 * than the creation order. Root causes without votes are never among the top; `n` < 1
 * gives none.
 */
export function topRootCauses(tally: readonly RootCauseTally[], n: number): RootCauseTally[] {
  const k = Math.floor(n);
  if (!(k >= 1)) return [];
  const voted = tally.filter((t) => t.count > 0);
  // Stable: equal counts keep the tally's (creation) order.
  voted.sort((a, b) => b.count - a.count);
  const cut = voted[k - 1];
  if (cut === undefined) return voted;
  return voted.filter((t, i) => i < k || t.count === cut.count);
}
