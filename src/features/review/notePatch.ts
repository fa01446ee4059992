import type { Note } from '../../domain/model';
import type { NotePatch } from '../../store/AppState';
import type { NoteValues } from './NoteValues';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Only the fields the form changed, so an edit is a small operation on the note (its
 * place on the drawing, `offsetY`, is kept). Empty when nothing changed.
 */
export function notePatch(note: Note, values: NoteValues): NotePatch {
  const patch: Mutable<NotePatch> = {};
  if (values.text !== note.text) patch.text = values.text;
  if (values.category !== note.category) patch.category = values.category;
  if (values.author !== note.author) patch.author = values.author;
  if (values.at !== note.at) patch.at = values.at;
  if (values.onGap !== note.onGap) patch.onGap = values.onGap;
  return patch;
}
