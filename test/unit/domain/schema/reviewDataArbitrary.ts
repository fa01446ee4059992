/** fast-check arbitrary of valid `ReviewData`: random ids, texts (any code points), instants. */
import fc from 'fast-check';
import type {
  Attachment,
  Channel,
  Communication,
  FindingDismissal,
  Note,
  Participant,
  Phase,
  PlanAction,
  Preparation,
  ReviewData,
  RootCause,
  Session,
  Vote,
  WhatIf,
} from '../../../../src/domain/model';
import {
  ACTION_STATUSES,
  WORKSHOP_STEPS,
  COMMUNICATION_KINDS,
  NOTE_CATEGORIES,
  PHASE_KINDS,
  SEVERITIES,
} from '../../../../src/domain/model';
import { RULE_IDS } from '../../../../src/domain/checks/ruleIds';
import { MAX_NOTE_OFFSET_PX } from '../../../../src/domain/schema/reviewRecordSchemas';

/** Records from JSON have Object.prototype; so must the generated ones. */
const NO_NULL_PROTO = { noNullPrototype: true } as const;

const instant = fc
  .bigInt({ min: -8_640_000_000_000_000n, max: 8_640_000_000_000_000n })
  .map(Number);
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const offset = fc.option(fc.integer({ min: -1080, max: 1080 }), { nil: null });
const zone = fc.constantFrom(
  'UTC',
  'Etc/UTC',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Europe/Berlin',
);
const id = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }));
const sourceInstant = fc.option(fc.record({ ms: instant, offsetMinutes: offset }, NO_NULL_PROTO), {
  nil: null,
});

const draft = fc.record(
  {
    review: fc.record(
      {
        title: text(60),
        status: fc.constantFrom('importing', 'ready'),
        createdAt: instant,
        updatedAt: instant,
        createdBy: fc.option(text(20), { nil: null }),
      },
      NO_NULL_PROTO,
    ),
    incident: fc.record(
      {
        title: text(60),
        alert: fc.option(instant, { nil: null }),
        resolution: fc.option(instant, { nil: null }),
        timeZone: zone,
        sourceTimeZone: fc.option(zone, { nil: null }),
        severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: null }),
        bounds: fc.tuple(
          fc.double({ min: 0.5, max: 10_080, noNaN: true }),
          fc.double({ min: 0.5, max: 10_080, noNaN: true }),
        ),
        instantSource: fc.constantFrom('display_at', 'created_at'),
        source: fc.record(
          {
            format: fc.constantFrom('statuspage', 'csv', 'gapline', 'manual', 'demo'),
            externalId: fc.option(text(30), { nil: null }),
            url: fc.option(fc.webUrl(), { nil: null }),
            fileName: fc.option(text(30), { nil: null }),
          },
          NO_NULL_PROTO,
        ),
        updatedAt: instant,
      },
      NO_NULL_PROTO,
    ),
    channels: fc.uniqueArray(
      fc.record({ name: text(30).filter((s) => s.length > 0), updatedAt: instant }, NO_NULL_PROTO),
      {
        minLength: 1,
        maxLength: 5,
        selector: (c) => c.name,
      },
    ),
    communications: fc.array(
      fc.record(
        {
          channel: fc.nat(),
          instant,
          offsetMinutes: offset,
          author: text(20),
          kind: fc.constantFrom(...COMMUNICATION_KINDS),
          text: text(200),
          sourceId: fc.option(text(30), { nil: null }),
          order: fc.integer(),
          sourceTimes: fc.option(
            fc.record({ displayAt: sourceInstant, createdAt: sourceInstant }, NO_NULL_PROTO),
            { nil: null },
          ),
          sourceStatus: fc.option(text(15), { nil: null }),
          affectedComponents: fc.array(text(20), { maxLength: 3 }),
          createdBy: fc.option(text(20), { nil: null }),
          updatedAt: instant,
        },
        NO_NULL_PROTO,
      ),
      { maxLength: 20 },
    ),
    phases: fc.array(
      fc.record(
        { kind: fc.constantFrom(...PHASE_KINDS), a: instant, b: instant, updatedAt: instant },
        NO_NULL_PROTO,
      ),
      { maxLength: 4 },
    ),
    notes: fc.array(
      fc.record(
        {
          text: text(200),
          category: fc.constantFrom(...NOTE_CATEGORIES),
          author: fc.option(text(20), { nil: null }),
          at: instant,
          onGap: fc.boolean(),
          offsetY: fc
            .double({ min: -MAX_NOTE_OFFSET_PX, max: MAX_NOTE_OFFSET_PX, noNaN: true })
            // JSON writes −0 as 0
            .map((y) => (y === 0 ? 0 : y)),
          createdBy: fc.option(text(20), { nil: null }),
          createdAt: instant,
          updatedAt: instant,
        },
        NO_NULL_PROTO,
      ),
      { maxLength: 6 },
    ),
    workshop: fc.record(
      {
        session: fc.option(
          fc.record(
            {
              step: fc.constantFrom(...WORKSHOP_STEPS),
              elapsed: fc.nat({ max: 3_600_000 }),
              runningSince: fc.option(instant, { nil: null }),
              anonymous: fc.boolean(),
              votesPerParticipant: fc.integer({ min: 1, max: 20 }),
              votesRevealed: fc.boolean(),
              sound: fc.boolean(),
              facilitator: fc.option(text(20), { nil: null }),
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { nil: null },
        ),
        preparation: fc.option(
          fc.record(
            {
              customerImpact: text(100),
              expectedDuration: text(20),
              affected: fc.constantFrom('all', 'some', null),
              affectedDetail: text(40),
              workaroundAvailable: fc.constantFrom(true, false, null),
              workaround: text(40),
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { nil: null },
        ),
        people: fc.array(
          fc.record(
            {
              name: text(20).filter((s) => s.length > 0),
              role: fc.option(text(20), { nil: null }),
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { maxLength: 4 },
        ),
        causes: fc.array(
          fc.record(
            {
              whys: fc.array(text(60), { minLength: 1, maxLength: 5 }),
              notes: fc.array(fc.nat(), { maxLength: 3 }),
              selected: fc.boolean(),
              createdAt: instant,
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { maxLength: 3 },
        ),
        votes: fc.array(fc.tuple(fc.nat(), fc.nat(), instant), { maxLength: 6 }),
        actions: fc.array(
          fc.record(
            {
              cause: fc.option(fc.nat(), { nil: null }),
              text: text(80),
              owner: text(20),
              deadline: fc.option(
                fc
                  .date({
                    min: new Date('2000-01-01'),
                    max: new Date('2099-12-31'),
                    noInvalidDate: true,
                  })
                  .map((d) => d.toISOString().slice(0, 10)),
                { nil: null },
              ),
              status: fc.constantFrom(...ACTION_STATUSES),
              createdAt: instant,
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { maxLength: 4 },
        ),
        whatIfs: fc.array(
          fc.record({ instant, text: text(60), updatedAt: instant }, NO_NULL_PROTO),
          { maxLength: 2 },
        ),
        // Screenshots: a data: URL of the image's type, base64 of random bytes.
        shots: fc.array(
          fc.record(
            {
              name: text(30),
              mimeType: fc.constantFrom('image/png', 'image/jpeg', 'image/webp', 'image/gif'),
              bytes: fc.uint8Array({ maxLength: 48 }),
              caption: text(40),
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { maxLength: 2 },
        ),
        // Dismissed findings: a rule, about a communication (by index) or the incident.
        dismissals: fc.array(
          fc.record(
            {
              rule: fc.constantFrom(...RULE_IDS),
              message: fc.option(fc.nat(), { nil: null }),
              updatedAt: instant,
            },
            NO_NULL_PROTO,
          ),
          { maxLength: 3 },
        ),
      },
      NO_NULL_PROTO,
    ),
  },
  NO_NULL_PROTO,
);

type Draft = typeof draft extends fc.Arbitrary<infer T> ? T : never;

/** The workshop records of a draft, with ids from `take` and references made valid. */
function workshopOf(
  w: Draft['workshop'],
  reviewId: string,
  notes: readonly Note[],
  take: () => string,
): Omit<
  ReviewData,
  'review' | 'incident' | 'channels' | 'communications' | 'phases' | 'notes' | 'dismissals'
> {
  const session: Session | null =
    w.session === null
      ? null
      : (() => {
          const { elapsed, runningSince, ...s } = w.session;
          const timer = { allottedMs: 600_000, elapsedMs: elapsed, runningSince };
          return {
            id: take(),
            reviewId,
            timers: { walk: timer, gaps: timer, assess: timer, 'root-causes': timer, plan: timer },
            ...s,
          };
        })();
  const preparation: Preparation | null =
    w.preparation === null ? null : { id: take(), reviewId, ...w.preparation };
  const participants = w.people.map((p): Participant => ({ id: take(), reviewId, ...p }));
  const rootCauses = w.causes.map(({ notes: picks, ...c }): RootCause => ({
    id: take(),
    reviewId,
    noteIds:
      notes.length === 0
        ? []
        : [...new Set(picks.map((i) => (notes[i % notes.length] as Note).id))],
    ...c,
  }));
  const votes =
    rootCauses.length === 0 || participants.length === 0
      ? []
      : w.votes.map(([cause, person, updatedAt]): Vote => ({
          id: take(),
          reviewId,
          rootCauseId: (rootCauses[cause % rootCauses.length] as RootCause).id,
          participantId: (participants[person % participants.length] as Participant).id,
          updatedAt,
        }));
  const actions = w.actions.map(({ cause, ...a }): PlanAction => ({
    id: take(),
    reviewId,
    rootCauseId:
      cause === null || rootCauses.length === 0
        ? null
        : (rootCauses[cause % rootCauses.length] as RootCause).id,
    ...a,
  }));
  const whatIfs = w.whatIfs.map((x): WhatIf => ({ id: take(), reviewId, ...x }));
  const attachments = w.shots.map(({ bytes, ...s }): Attachment => ({
    id: take(),
    reviewId,
    ...s,
    dataUrl: `data:${s.mimeType};base64,${btoa(String.fromCharCode(...bytes))}`,
  }));
  return {
    session,
    preparation,
    participants,
    rootCauses,
    votes,
    actions,
    whatIfs,
    attachments,
  };
}

export const reviewDataArbitrary: fc.Arbitrary<ReviewData> = draft.chain((d) => {
  const w = d.workshop;
  const count =
    4 +
    d.channels.length +
    d.communications.length +
    d.phases.length +
    d.notes.length +
    w.people.length +
    w.causes.length +
    w.votes.length +
    w.actions.length +
    w.whatIfs.length +
    w.shots.length +
    w.dismissals.length;
  return fc.uniqueArray(id, { minLength: count, maxLength: count }).map((ids): ReviewData => {
    let next = 0;
    const take = (): string => ids[next++] as string;
    const reviewId = take();
    const { bounds, ...incident } = d.incident;
    const channels = d.channels.map((c): Channel => ({ id: take(), reviewId, ...c }));
    const communications = d.communications.map(({ channel, ...c }): Communication => ({
      id: take(),
      reviewId,
      channelId: (channels[channel % channels.length] as Channel).id,
      ...c,
    }));
    const phases = d.phases.map(({ a, b, ...p }): Phase => ({
      id: take(),
      reviewId,
      start: Math.min(a, b),
      end: Math.max(a, b),
      ...p,
    }));
    const notes = d.notes.map((n): Note => ({ id: take(), reviewId, ...n }));
    return {
      review: { id: reviewId, ...d.review },
      incident: {
        id: take(),
        reviewId,
        target: { ideal: Math.min(...bounds), max: Math.max(...bounds) },
        ...incident,
      },
      channels,
      communications,
      phases,
      notes,
      ...workshopOf(w, reviewId, notes, take),
      dismissals: w.dismissals.map(({ message, ...x }): FindingDismissal => ({
        id: take(),
        reviewId,
        communicationId:
          message === null || communications.length === 0
            ? null
            : (communications[message % communications.length] as Communication).id,
        ...x,
      })),
    };
  });
});
