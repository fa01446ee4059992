import type { EpochMs, NoteCategory } from '../../domain/model';

/** What the note form produces: everything of a note but its place on the drawing. */
export interface NoteValues {
  readonly at: EpochMs;
  readonly category: NoteCategory;
  /** Null: anonymous. */
  readonly author: string | null;
  readonly text: string;
  readonly onGap: boolean;
}
