import type { Communication, EpochMs, Note } from '../../domain/model';
import type { TimelineItemRef } from '../../store/AppState';

/** What the rows of the Timeline table can ask for; one stable object for every row. */
export interface TimelineRowHandlers {
  readonly onAddNote: (at: EpochMs) => void;
  readonly onEditCommunication: (communication: Communication) => void;
  readonly onEditNote: (note: Note) => void;
  readonly onEditOnTimeline: (noteId: string) => void;
  readonly onDeleteNote: (note: Note) => void;
  /** The pointer entered the row or focus moved into it. */
  readonly onEnter: (ref: TimelineItemRef) => void;
  /** The pointer or focus left the row. */
  readonly onLeave: (ref: TimelineItemRef) => void;
}
