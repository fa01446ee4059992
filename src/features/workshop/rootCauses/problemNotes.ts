import type { Note, NoteCategory } from '../../../domain/model';

/** The note colours that mark a problem (step 3): each gets a root cause in step 4. */
export const PROBLEM_CATEGORIES = [
  'gap',
  'confusion',
  'other-problem',
] as const satisfies readonly NoteCategory[];
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export type ProblemNote = Note & { readonly category: ProblemCategory };

export function isProblemNote(note: Note): note is ProblemNote {
  return (PROBLEM_CATEGORIES as readonly NoteCategory[]).includes(note.category);
}

/** The problem notes in timeline order (then by when they were written). */
export function problemNotes(notes: readonly Note[]): ProblemNote[] {
  return notes.filter(isProblemNote).sort((a, b) => a.at - b.at || a.createdAt - b.createdAt);
}
