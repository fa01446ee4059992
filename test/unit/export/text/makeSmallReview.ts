/**
 * A small reviewed incident for the text exports' tests: a 90-minute outage with one long
 * silence, three people, one problem note with a two-why root cause, and two actions (one
 * drafted from a common recommendation, one without a deadline). Ids are fixed.
 */
import type { ReviewData } from '../../../../src/domain/model';
import {
  T0,
  at,
  makeAction,
  makeChannel,
  makeCommunication,
  makeIncident,
  makeNote,
  makeParticipant,
  makeRootCause,
  makeSession,
  makeVote,
} from '../../../factories/makeRecords';

export function makeSmallReview(overrides: Partial<ReviewData> = {}): ReviewData {
  const reviewId = 'rev-1';
  const channel = makeChannel({ id: 'ch-status', name: 'Status page' });
  const note = makeNote({
    id: 'note-gap',
    text: 'Forty minutes without a word.',
    category: 'gap',
    author: 'Marta',
    at: at(30),
  });
  const cause = makeRootCause({
    id: 'cause-1',
    whys: ['Nobody sent an update', 'No one owned customer updates'],
    noteIds: [note.id],
    selected: true,
  });
  const marta = makeParticipant({ id: 'person-1', name: 'Marta', role: 'Support lead' });
  const ben = makeParticipant({ id: 'person-2', name: 'Ben', role: null });
  return {
    review: {
      id: reviewId,
      title: 'Checkout errors',
      status: 'ready',
      createdAt: T0,
      updatedAt: T0,
      createdBy: null,
    },
    incident: makeIncident({
      id: 'inc-1',
      title: 'Checkout errors',
      resolution: at(90),
      severity: 'serious',
      timeZone: 'UTC',
    }),
    session: makeSession({ id: 'session-1', facilitator: 'Dana', anonymous: false }),
    preparation: null,
    channels: [channel],
    communications: [
      makeCommunication({ id: 'c1', instant: at(12), order: 0, text: 'We are investigating.' }),
      makeCommunication({
        id: 'c2',
        instant: at(52),
        order: 1,
        author: 'Ben',
        text: 'Payments fail for some cards.\nA fix is being deployed.',
      }),
      makeCommunication({
        id: 'c3',
        instant: at(95),
        order: 2,
        kind: 'resolution',
        text: 'Resolved.',
      }),
    ],
    phases: [],
    notes: [note],
    participants: [marta, ben],
    rootCauses: [cause],
    votes: [makeVote({ id: 'vote-1', rootCauseId: cause.id, participantId: marta.id })],
    actions: [
      makeAction({
        id: 'action-1',
        rootCauseId: cause.id,
        text: 'Define communication roles so everyone knows their job next time',
        owner: 'Marta',
        deadline: '2024-04-01',
        status: 'in-progress',
        createdAt: at(100),
      }),
      makeAction({
        id: 'action-2',
        rootCauseId: null,
        text: 'Add a "next update at" line to every update',
        owner: '',
        deadline: null,
        status: 'open',
        createdAt: at(101),
      }),
    ],
    whatIfs: [],
    dismissals: [],
    attachments: [],
    ...overrides,
  };
}

/** When the small review's report is made. */
export const GENERATED_AT = Date.parse('2024-03-06T09:30:00.000Z');
