/** Test factories: `makeX(overrides)` builds a valid record; tests state only what matters. */
import type { Channel, Communication, Incident, Note } from '../../src/domain/model';
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
