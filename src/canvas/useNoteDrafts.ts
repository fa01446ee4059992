import { useCallback, useMemo, useState } from 'react';
import type { GapList } from '../domain/gaps/GapList';
import type { EpochMs, NoteCategory, ReviewData } from '../domain/model';
import { useAppStore } from '../store/useAppStore';
import type { NoteFields } from './NoteEditor';
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  dropPlacement,
  gapAt,
  noteBox,
  pinInstant,
  suggestNoteOffsetY,
} from './layout/notePlacement';
import type { SceneMetrics } from './layout/sceneMetrics';
import type { TimelineScene } from './layout/timelineScene';
import { instantAt, xOf, type TimeViewport } from './layout/timeViewport';

interface Draft {
  readonly at: EpochMs;
  readonly offsetY: number;
  readonly onGap: boolean;
  readonly category: NoteCategory;
}

export interface EditorTarget {
  readonly key: string;
  readonly isNew: boolean;
  readonly initial: NoteFields;
  readonly left: number;
  readonly top: number;
}

interface Options {
  readonly data: ReviewData;
  readonly gaps: GapList;
  readonly scene: TimelineScene;
  readonly viewport: TimeViewport;
  readonly metrics: SceneMetrics;
}

/**
 * Adding, editing, moving and deleting notes on the drawing. A new note is a draft until
 * its text is saved (cancelling leaves nothing behind); an existing note's editor is the
 * store's `timeline.editingNoteId`, so the Timeline table can open it too.
 */
export function useNoteDrafts({ data, gaps, scene, viewport, metrics }: Options) {
  const actions = useAppStore((s) => s.actions);
  const editingId = useAppStore((s) => s.timeline.editingNoteId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const { notes } = data;
  const mainY = scene.mainY;

  const startAt = useCallback(
    (x: number, y: number) => {
      const at = Math.round(instantAt(viewport, x));
      const nearLine = Math.abs(y - mainY) <= metrics.circleRy;
      const gap = nearLine ? gapAt(gaps, at) : null;
      const onGap = gap !== null && gap.status !== 'ok';
      const placed = nearLine
        ? { at, offsetY: suggestNoteOffsetY(notes, at, viewport.msPerPx) }
        : dropPlacement(x - NOTE_WIDTH / 2, y - NOTE_HEIGHT / 2, mainY, (px) =>
            instantAt(viewport, px),
          );
      actions.setEditingNote(null);
      setDraft({ ...placed, onGap, category: onGap ? 'gap' : 'other-problem' });
    },
    [actions, gaps, mainY, metrics.circleRy, notes, viewport],
  );

  const startAtCentre = useCallback(() => {
    const at = Math.round(instantAt(viewport, viewport.widthPx / 2));
    actions.setEditingNote(null);
    setDraft({
      at,
      offsetY: suggestNoteOffsetY(notes, at, viewport.msPerPx),
      onGap: false,
      category: 'other-problem',
    });
  }, [actions, notes, viewport]);

  const drop = useCallback(
    (noteId: string, bodyX: number, bodyY: number) => {
      const note = notes.find((n) => n.id === noteId);
      if (note === undefined) return;
      const placed = dropPlacement(bodyX, bodyY, mainY, (px) => instantAt(viewport, px));
      if (placed.at === note.at && placed.offsetY === note.offsetY) return;
      void actions.updateNote(noteId, placed);
    },
    [actions, mainY, notes, viewport],
  );

  const editing = editingId === null ? undefined : notes.find((n) => n.id === editingId);
  const target = useMemo<EditorTarget | null>(() => {
    if (editing !== undefined) {
      const box = noteBox(xOf(viewport, pinInstant(editing, gaps)), mainY, editing.offsetY);
      return {
        key: editing.id,
        isNew: false,
        initial: {
          text: editing.text,
          category: editing.category,
          author: editing.author,
          onGap: editing.onGap,
        },
        left: box.x,
        top: box.y,
      };
    }
    if (draft === null) return null;
    const box = noteBox(xOf(viewport, draft.at), mainY, draft.offsetY);
    return {
      key: `draft-${draft.at}-${draft.offsetY}`,
      isNew: true,
      initial: { text: '', category: draft.category, author: null, onGap: draft.onGap },
      left: box.x,
      top: box.y,
    };
  }, [draft, editing, gaps, mainY, viewport]);

  const close = useCallback(() => {
    setDraft(null);
    actions.setEditingNote(null);
  }, [actions]);

  const save = useCallback(
    async (fields: NoteFields) => {
      if (editing !== undefined) {
        await actions.updateNote(editing.id, fields);
      } else if (draft !== null) {
        const id = await actions.addNote({
          ...fields,
          at: draft.at,
          offsetY: draft.offsetY,
        });
        actions.focusTimelineItem({ kind: 'note', id });
      }
      close();
    },
    [actions, close, draft, editing],
  );

  const remove = useCallback(() => {
    if (editing === undefined) return;
    const { id } = editing;
    close();
    setDeleted(id);
    void actions.deleteNote(id);
  }, [actions, close, editing]);

  const authors = useMemo(
    () => [...new Set(notes.flatMap((n) => (n.author === null ? [] : [n.author])))].sort(),
    [notes],
  );

  return {
    target,
    authors,
    deleted,
    startAt,
    startAtCentre,
    drop,
    save,
    cancel: close,
    remove: editing === undefined ? null : remove,
    undoDelete: () => {
      setDeleted(null);
      void actions.undo();
    },
    dismissDeleted: () => setDeleted(null),
  };
}

export type NoteDrafts = ReturnType<typeof useNoteDrafts>;
