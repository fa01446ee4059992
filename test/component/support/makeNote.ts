import type { Note } from '../../../src/domain/model';

/** A sticky note of review `reviewId`; every field can be overridden. */
export function makeNote(reviewId: string, overrides: Partial<Note> & Pick<Note, 'id'>): Note {
  const created = Date.parse('2026-11-01T00:00:00Z');
  return {
    reviewId,
    text: 'A note',
    category: 'gap',
    author: null,
    at: Date.parse('2024-03-05T15:00:00-03:00'),
    onGap: false,
    offsetY: -48,
    createdBy: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}
