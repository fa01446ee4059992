import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Note, ReviewData } from '../../domain/model';
import { useAppStore } from '../../store/useAppStore';
import { useAppStoreApi } from '../../store/useAppStoreApi';
import type { TimelineNoticeState } from './TimelineNotice';

type Internal =
  | {
      readonly kind: 'deleted';
      readonly noteId: string;
      readonly excerpt: string;
      /** The review right after the deletion: Undo is offered while nothing else changed. */
      readonly after: ReviewData | null;
    }
  | Exclude<TimelineNoticeState, { kind: 'deleted' }>;

export interface NoteNotice {
  readonly notice: TimelineNoticeState;
  readonly undoRef: RefObject<HTMLButtonElement | null>;
  /** Deletes at once (no confirmation) and offers Undo in the live region. */
  readonly deleteNote: (note: Note, excerpt: string) => void;
  readonly undo: () => void;
  readonly announce: (kind: 'added' | 'saved') => void;
}

/** Focuses the first button of a note's row inside `container`; false when the row is not there. */
function focusNoteRow(container: HTMLElement, noteId: string): boolean {
  const rows = container.querySelectorAll<HTMLElement>('tr[data-item]');
  const row = [...rows].find((r) => r.dataset['item'] === `note:${noteId}`);
  const button = row?.querySelector<HTMLElement>('button');
  button?.focus();
  return button !== undefined && button !== null;
}

/**
 * Deleting a note from the Timeline table and taking it back: "Note deleted" with an Undo
 * button in the live region (focus moves to it, since the row is gone), and after Undo
 * focus returns to the restored note's row.
 */
export function useNoteNotice(container: RefObject<HTMLElement | null>): NoteNotice {
  const api = useAppStoreApi();
  const actions = useAppStore((s) => s.actions);
  const current = useAppStore((s) => s.current);
  const [state, setState] = useState<Internal>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const restoreFocusTo = useRef<string | null>(null);

  const deleteNote = useCallback(
    (note: Note, excerpt: string) => {
      const { timeline } = api.getState();
      if (timeline.focus?.kind === 'note' && timeline.focus.id === note.id) {
        actions.focusTimelineItem(null);
      }
      if (timeline.editingNoteId === note.id) actions.setEditingNote(null);
      // The store applies the deletion in memory at once, then writes it.
      const done = actions.deleteNote(note.id);
      setState({ kind: 'deleted', noteId: note.id, excerpt, after: api.getState().current });
      done.catch((e: unknown) =>
        setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [actions, api],
  );

  const canUndo = state?.kind === 'deleted' && state.after === current;
  const undo = useCallback(() => {
    if (state?.kind !== 'deleted') return;
    restoreFocusTo.current = state.noteId;
    void actions.undo();
    setState({ kind: 'restored' });
  }, [actions, state]);

  const announce = useCallback((kind: 'added' | 'saved') => setState({ kind }), []);

  useEffect(() => {
    if (state?.kind === 'deleted' && canUndo) undoRef.current?.focus();
  }, [state, canUndo]);

  useEffect(() => {
    const noteId = restoreFocusTo.current;
    if (noteId === null || container.current === null) return;
    if (focusNoteRow(container.current, noteId)) restoreFocusTo.current = null;
  }, [container, current]);

  const notice: TimelineNoticeState =
    state?.kind === 'deleted' ? { kind: 'deleted', excerpt: state.excerpt, canUndo } : state;
  return { notice, undoRef, deleteNote, undo, announce };
}
