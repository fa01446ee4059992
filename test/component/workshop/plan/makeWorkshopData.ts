import type {
  Participant,
  PlanAction,
  ReviewData,
  RootCause,
  Vote,
} from '../../../../src/domain/model';
import { makeNote } from '../../support/makeNote';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';

const created = Date.parse('2026-11-01T00:00:00Z');

export function makeParticipant(reviewId: string, id: string, name: string): Participant {
  return { id, reviewId, name, role: null, updatedAt: created };
}

export function makeRootCause(
  reviewId: string,
  overrides: Partial<RootCause> & Pick<RootCause, 'id' | 'whys'>,
): RootCause {
  return {
    reviewId,
    noteIds: [],
    selected: false,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeAction(
  reviewId: string,
  overrides: Partial<PlanAction> & Pick<PlanAction, 'id' | 'text'>,
): PlanAction {
  return {
    reviewId,
    rootCauseId: null,
    owner: '',
    deadline: null,
    status: 'open',
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeVote(
  reviewId: string,
  id: string,
  rootCauseId: string,
  participantId: string,
  at = created,
): Vote {
  return { id, reviewId, rootCauseId, participantId, updatedAt: at };
}

/**
 * The checkout outage after step 3: three problem notes (a gap, a confusion, another
 * problem), an idea note that is not a problem, and the people in the room.
 */
export function makeWorkshopData(): ReviewData {
  const base = makeReviewData({ ...CHECKOUT_OUTAGE, resolution: '2024-03-05T16:35:00-03:00' });
  const reviewId = base.review.id;
  return {
    ...base,
    notes: [
      makeNote(reviewId, {
        id: 'note-silence',
        text: 'No update for over an hour during the fix',
        category: 'gap',
        author: 'Luis',
        at: Date.parse('2024-03-05T15:20:00-03:00'),
      }),
      makeNote(reviewId, {
        id: 'note-mixed',
        text: 'Tweet and status page said different things',
        category: 'confusion',
        at: Date.parse('2024-03-05T14:12:00-03:00'),
      }),
      makeNote(reviewId, {
        id: 'note-support',
        text: 'Support learned about the outage from customers',
        category: 'other-problem',
        at: Date.parse('2024-03-05T14:30:00-03:00'),
      }),
      makeNote(reviewId, {
        id: 'note-idea',
        text: 'Pin the status page link in the app',
        category: 'idea',
        at: Date.parse('2024-03-05T15:00:00-03:00'),
      }),
    ],
    participants: [
      makeParticipant(reviewId, 'p-marta', 'Marta Gómez'),
      makeParticipant(reviewId, 'p-joao', 'João'),
    ],
  };
}
