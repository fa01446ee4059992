/** Test factories: `makeX(overrides)` builds a valid record; tests state only what matters. */
import type {
  Channel,
  Communication,
  Incident,
  Note,
  Participant,
  PlanAction,
  Preparation,
  RootCause,
  Session,
} from '../../src/domain/model';
import { DEFAULT_TARGET } from '../../src/domain/model';

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${++counter}`;

export const T0 = Date.parse('2024-03-05T12:00:00.000Z');
/** `T0 + m` minutes. */
export const at = (m: number): number => T0 + m * 60_000;

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: nextId('inc'),
    reviewId: 'rev-1',
    title: 'Checkout errors',
    alert: T0,
    resolution: null,
    timeZone: 'UTC',
    sourceTimeZone: null,
    severity: null,
    target: DEFAULT_TARGET,
    instantSource: 'display_at',
    source: { format: 'manual', externalId: null, url: null, fileName: null },
    updatedAt: T0,
    ...overrides,
  };
}

export function makeChannel(overrides: Partial<Channel> = {}): Channel {
  return { id: nextId('ch'), reviewId: 'rev-1', name: 'Status page', updatedAt: T0, ...overrides };
}

export function makeCommunication(overrides: Partial<Communication> = {}): Communication {
  const id = overrides.id ?? nextId('com');
  return {
    id,
    reviewId: 'rev-1',
    instant: T0,
    offsetMinutes: 0,
    channelId: 'ch-status',
    author: 'Ana',
    kind: 'update',
    text: 'We are investigating.',
    sourceId: null,
    order: counter,
    sourceTimes: null,
    sourceStatus: null,
    affectedComponents: [],
    createdBy: null,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: nextId('note'),
    reviewId: 'rev-1',
    text: 'Nobody told support.',
    category: 'confusion',
    author: null,
    at: T0,
    onGap: false,
    offsetY: -120,
    createdBy: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A session at step 1 with the play's timers, nothing run yet. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  const timer = (minutes: number) => ({
    allottedMs: minutes * 60_000,
    elapsedMs: 0,
    runningSince: null,
  });
  return {
    id: nextId('session'),
    reviewId: 'rev-1',
    step: 'walk',
    timers: {
      walk: timer(10),
      gaps: timer(10),
      assess: timer(15),
      'root-causes': timer(15),
      plan: timer(10),
    },
    anonymous: false,
    votesPerParticipant: 3,
    votesRevealed: false,
    sound: false,
    facilitator: 'Dana',
    updatedAt: T0,
    ...overrides,
  };
}

export function makePreparation(overrides: Partial<Preparation> = {}): Preparation {
  return {
    id: nextId('prep'),
    reviewId: 'rev-1',
    customerImpact: 'An error page pointing to support.',
    expectedDuration: '',
    affected: 'some',
    affectedDetail: 'EU card payments',
    workaroundAvailable: true,
    workaround: 'Pay by bank transfer',
    updatedAt: T0,
    ...overrides,
  };
}

export function makeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: nextId('person'),
    reviewId: 'rev-1',
    name: 'Marta',
    role: 'Support lead',
    updatedAt: T0,
    ...overrides,
  };
}

export function makeRootCause(overrides: Partial<RootCause> = {}): RootCause {
  return {
    id: nextId('cause'),
    reviewId: 'rev-1',
    whys: ['No update for an hour', 'Engineering sent us nothing in that hour'],
    noteIds: [],
    selected: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeAction(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: nextId('action'),
    reviewId: 'rev-1',
    rootCauseId: null,
    text: 'Write status page templates for payment incidents',
    owner: 'Marta',
    deadline: '2024-04-01',
    status: 'open',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

// Workshop records (appended; imports may sit anywhere at the top level of a module).
import type { Phase, Vote, WhatIf } from '../../src/domain/model';

export function makePhase(overrides: Partial<Phase> = {}): Phase {
  return {
    id: nextId('phase'),
    reviewId: 'rev-1',
    kind: 'investigation',
    start: T0,
    end: at(30),
    updatedAt: T0,
    ...overrides,
  };
}

export function makeVote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: nextId('vote'),
    reviewId: 'rev-1',
    rootCauseId: 'cause-1',
    participantId: 'person-1',
    updatedAt: T0,
    ...overrides,
  };
}

export function makeWhatIf(overrides: Partial<WhatIf> = {}): WhatIf {
  return {
    id: nextId('whatif'),
    reviewId: 'rev-1',
    instant: at(40),
    text: 'We are still investigating; next update in 30 minutes.',
    updatedAt: T0,
    ...overrides,
  };
}
