/**
 * A whole small review for gateway and store tests. Its gap analysis (spec gaps.md):
 * A = T0; updates at +10 (Status page) and +45 (Email); resolution update at +80 →
 * gaps 10, 35, 35 minutes, so `longestGap` is 35.
 */
import type { Review, ReviewData } from '../../../src/domain/model';
import {
  T0,
  at,
  makeChannel,
  makeCommunication,
  makeIncident,
  makeAction,
  makeNote,
  makeParticipant,
  makePreparation,
  makeRootCause,
  makeSession,
} from '../../factories/makeRecords';

export const SMALL_REVIEW_LONGEST_GAP = 35;

let seq = 0;

export function makeReviewData(
  options: { reviewId?: string; review?: Partial<Review>; extraCommunications?: number } = {},
): ReviewData {
  const reviewId = options.reviewId ?? `review-${++seq}`;
  const id = (name: string): string => `${reviewId}:${name}`;
  const status = makeChannel({ id: id('ch-status'), reviewId, name: 'Status page' });
  const email = makeChannel({ id: id('ch-email'), reviewId, name: 'Email' });
  const communications = [
    makeCommunication({ id: id('c1'), reviewId, channelId: status.id, instant: at(10), order: 0 }),
    makeCommunication({
      id: id('c2'),
      reviewId,
      channelId: email.id,
      instant: at(45),
      order: 1,
      text: 'A fix is being deployed.',
    }),
    makeCommunication({
      id: id('c3'),
      reviewId,
      channelId: status.id,
      instant: at(80),
      order: 2,
      kind: 'resolution',
      text: 'Resolved.',
    }),
  ];
  for (let i = 0; i < (options.extraCommunications ?? 0); i++) {
    communications.push(
      makeCommunication({
        id: id(`x${i}`),
        reviewId,
        channelId: status.id,
        kind: 'internal',
        instant: at(20) + i,
        order: 3 + i,
        text: `Internal note ${i}`,
      }),
    );
  }
  return {
    review: {
      id: reviewId,
      title: 'Checkout errors review',
      status: 'ready',
      createdAt: T0,
      updatedAt: T0,
      createdBy: null,
      ...options.review,
    },
    incident: makeIncident({ id: id('incident'), reviewId, resolution: at(75) }),
    channels: [status, email],
    communications,
    phases: [
      {
        id: id('phase'),
        reviewId,
        kind: 'investigation',
        start: at(0),
        end: at(30),
        updatedAt: T0,
      },
    ],
    notes: [makeNote({ id: id('note'), reviewId, at: at(27), onGap: true, text: 'Long silence.' })],
    session: makeSession({ id: id('session'), reviewId }),
    preparation: makePreparation({ id: id('prep'), reviewId }),
    participants: [makeParticipant({ id: id('marta'), reviewId })],
    rootCauses: [makeRootCause({ id: id('cause'), reviewId, noteIds: [id('note')] })],
    votes: [
      {
        id: id('vote'),
        reviewId,
        rootCauseId: id('cause'),
        participantId: id('marta'),
        updatedAt: T0,
      },
    ],
    actions: [makeAction({ id: id('action'), reviewId, rootCauseId: id('cause') })],
    whatIfs: [
      { id: id('whatif'), reviewId, instant: at(40), text: 'Still investigating', updatedAt: T0 },
    ],
    attachments: [
      {
        id: id('shot'),
        reviewId,
        name: 'error-page.png',
        mimeType: 'image/png',
        dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        caption: 'The error page',
        updatedAt: T0,
      },
    ],
    dismissals: [
      {
        id: id('dismissal'),
        reviewId,
        rule: 'no-next-update',
        communicationId: id('c1'),
        updatedAt: T0,
      },
      {
        id: id('dismissal-incident'),
        reviewId,
        rule: 'no-follow-up',
        communicationId: null,
        updatedAt: T0,
      },
    ],
  };
}

/** The same data in the gateways' canonical order (channels by name, communications by instant). */
export function canonical(data: ReviewData): ReviewData {
  return {
    ...data,
    channels: [...data.channels].sort((a, b) => a.name.localeCompare(b.name)),
    communications: [...data.communications].sort(
      (a, b) => a.instant - b.instant || a.order - b.order,
    ),
    phases: [...data.phases].sort((a, b) => a.start - b.start),
    notes: [...data.notes].sort((a, b) => a.at - b.at),
  };
}
