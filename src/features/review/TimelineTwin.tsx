import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { sharedChannelLanes } from '../../canvas/layout/sharedChannelLanes';
import { suggestNoteOffsetY } from '../../canvas/layout/notePlacement';
import type { Communication, EpochMs, Note, ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { RENDER_AT_ONCE } from '../../ui/table/useDeferredRows';
import { defaultMsPerPx } from './defaultMsPerPx';
import { NoteDialog } from './NoteDialog';
import { noteExcerpt } from './noteExcerpt';
import { notePatch } from './notePatch';
import type { NoteValues } from './NoteValues';
import { TimelineNotice } from './TimelineNotice';
import { TimelineSummary } from './TimelineSummary';
import { TimelineTable } from './TimelineTable';
import { useNoteNotice } from './useNoteNotice';
import './timelineTwin.css';

export interface TimelineTwinProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
  /** "Edit" on a communication's row: the page opens its communication editor. */
  readonly onEditCommunication: (communication: Communication) => void;
}

const NO_LANE_INPUT = {
  channels: [],
  communications: [],
} as const satisfies Pick<ReviewData, 'channels' | 'communications'>;

type DialogState =
  | { readonly kind: 'add'; readonly at: EpochMs | null }
  | { readonly kind: 'edit'; readonly noteId: string }
  | null;

/** Where "Add a note" starts: the alert, else the first communication. */
function firstMoment(data: ReviewData): EpochMs | null {
  if (data.incident.alert !== null) return data.incident.alert;
  let first: EpochMs | null = null;
  for (const c of data.communications) if (first === null || c.instant < first) first = c.instant;
  return first;
}

/**
 * The timeline drawing's accessible twin: the same moments and notes as a table (caption
 * "Timeline"), a one-line summary, and the keyboard way to add, edit and delete notes.
 * Notes added here appear on the canvas (both draw the store).
 */
export function TimelineTwin({ data, zone, onEditCommunication }: TimelineTwinProps) {
  const t = useT();
  const headingId = useId();
  const summaryId = useId();
  const section = useRef<HTMLElement>(null);
  const actions = useAppStore((s) => s.actions);
  const [dialog, setDialog] = useState<DialogState>(null);
  const { notice, undoRef, deleteNote, undo, announce } = useNoteNotice(section);

  const { channels, communications, notes } = data;
  // A long review's lanes are placed in the background, like its rows (useDeferredRows):
  // placing 100,000 messages took ~60 ms of the page's first render. Until then the table
  // waits too, and the summary names no branches.
  const laneInput = useMemo(() => ({ channels, communications }), [channels, communications]);
  const long = communications.length > RENDER_AT_ONCE;
  const deferredInput = useDeferredValue(laneInput, long ? NO_LANE_INPUT : undefined);
  const placing = long && deferredInput !== laneInput;
  const lanes = useMemo(
    () => sharedChannelLanes(deferredInput.channels, deferredInput.communications),
    [deferredInput],
  );
  const authors = useMemo(
    () =>
      [...new Set(notes.flatMap((n) => (n.author === null ? [] : [n.author.trim()])))]
        .filter((a) => a !== '')
        .sort((a, b) => a.localeCompare(b)),
    [notes],
  );

  const addNoteAt = useCallback((at: EpochMs) => setDialog({ kind: 'add', at }), []);
  const editNote = useCallback((note: Note) => setDialog({ kind: 'edit', noteId: note.id }), []);
  const removeNote = useCallback(
    (note: Note) => deleteNote(note, noteExcerpt(note.text) || t(`note.category.${note.category}`)),
    [deleteNote, t],
  );

  const editing = dialog?.kind === 'edit' ? notes.find((n) => n.id === dialog.noteId) : undefined;
  const saveNote = async (values: NoteValues): Promise<void> => {
    if (editing !== undefined) {
      const patch = notePatch(editing, values);
      if (Object.keys(patch).length > 0) await actions.updateNote(editing.id, patch);
      announce('saved');
      return;
    }
    const offsetY = suggestNoteOffsetY(notes, values.at, defaultMsPerPx(data.incident));
    await actions.addNote({ ...values, offsetY });
    announce('added');
  };
  const closeDialog = () => setDialog(null);

  return (
    <section ref={section} className="panel timeline-twin" aria-labelledby={headingId}>
      <div className="twin-head">
        <h2 id={headingId}>{t('twin.heading')}</h2>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setDialog({ kind: 'add', at: firstMoment(data) })}
        >
          {t('twin.addNote')}
        </button>
      </div>
      <p className="twin-intro">{t('twin.intro')}</p>
      <TimelineSummary
        id={summaryId}
        lanes={placing ? null : lanes}
        communicationCount={communications.length}
        noteCount={notes.length}
      />
      <TimelineNotice notice={notice} onUndo={undo} undoRef={undoRef} />
      <TimelineTable
        data={data}
        lanes={placing ? null : lanes}
        zone={zone}
        describedBy={summaryId}
        onAddNote={addNoteAt}
        onEditNote={editNote}
        onDeleteNote={removeNote}
        onEditCommunication={onEditCommunication}
      />
      {dialog?.kind === 'add' && (
        <NoteDialog
          note={null}
          defaultAt={dialog.at}
          zone={zone}
          authors={authors}
          onSubmit={saveNote}
          onClose={closeDialog}
        />
      )}
      {editing !== undefined && (
        <NoteDialog
          key={editing.id}
          note={editing}
          defaultAt={null}
          zone={zone}
          authors={authors}
          onSubmit={saveNote}
          onClose={closeDialog}
        />
      )}
    </section>
  );
}
