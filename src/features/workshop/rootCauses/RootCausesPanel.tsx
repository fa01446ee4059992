import { useMemo, useState } from 'react';
import type { ReviewData, RootCause } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../store/useAppStore';
import { useAppStoreApi } from '../../../store/useAppStoreApi';
import { ProblemNoteItem } from './ProblemNoteItem';
import { problemNotes } from './problemNotes';
import { RootCauseItem } from './RootCauseItem';
import { RootCauseNotice, type RootCauseNoticeState } from './RootCauseNotice';
import { useBlameOf } from './useBlameOf';
import './rootCauses.css';

export interface RootCausesPanelProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
}

type Editing = { readonly kind: 'note' | 'rootCause'; readonly id: string } | null;
type Deleted = { readonly after: ReviewData | null } | null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Step 4: every problem note (gap, confusion, other problem) with its root cause, a
 * why-chain editor to find one, "Same root cause as…" to share one, and the root causes
 * found, each editable and deletable (Undo brings it back).
 */
export function RootCausesPanel({ data }: RootCausesPanelProps) {
  const t = useT();
  const api = useAppStoreApi();
  const actions = useAppStore((s) => s.actions);
  const current = useAppStore((s) => s.current);
  const blameOf = useBlameOf(data);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<RootCauseNoticeState>(null);
  const [deleted, setDeleted] = useState<Deleted>(null);

  const problems = useMemo(() => problemNotes(data.notes), [data.notes]);
  const rootCauses = useMemo(
    () => [...data.rootCauses].sort((a, b) => a.createdAt - b.createdAt),
    [data.rootCauses],
  );
  const causeOf = (noteId: string) => rootCauses.find((rc) => rc.noteIds.includes(noteId));
  const anonymous = data.session?.anonymous ?? false;

  const say = (next: RootCauseNoticeState) => {
    setDeleted(null);
    setNotice(next);
  };
  const attempt = (work: Promise<void>, done: RootCauseNoticeState) => {
    work.then(
      () => say(done),
      (e: unknown) => say({ kind: 'error', message: message(e) }),
    );
  };
  const saveNew = (noteId: string) => async (whys: readonly string[]) => {
    await actions.addRootCause({ whys, noteIds: [noteId] });
    setEditing(null);
    say({ kind: 'saved' });
  };
  const saveWhys = (id: string) => async (whys: readonly string[]) => {
    await actions.updateRootCause(id, { whys });
    setEditing(null);
    say({ kind: 'saved' });
  };
  const share = (noteId: string) => (rootCauseId: string) => {
    const rc = rootCauses.find((r) => r.id === rootCauseId);
    if (rc === undefined) return;
    attempt(actions.updateRootCause(rc.id, { noteIds: [...rc.noteIds, noteId] }), {
      kind: 'shared',
    });
  };
  const detach = (noteId: string, rc: RootCause) =>
    attempt(actions.updateRootCause(rc.id, { noteIds: rc.noteIds.filter((n) => n !== noteId) }), {
      kind: 'detached',
    });
  const remove = (rc: RootCause) => {
    if (editing?.id === rc.id) setEditing(null);
    const work = actions.deleteRootCause(rc.id);
    setNotice({ kind: 'deleted', canUndo: true });
    setDeleted({ after: api.getState().current });
    work.catch((e: unknown) => say({ kind: 'error', message: message(e) }));
  };
  const undo = () => {
    void actions.undo();
    say(null);
  };

  const shown: RootCauseNoticeState =
    notice?.kind === 'deleted'
      ? { kind: 'deleted', canUndo: deleted !== null && deleted.after === current }
      : notice;
  const isEditing = (kind: 'note' | 'rootCause', id: string) =>
    editing?.kind === kind && editing.id === id;

  return (
    <section className="root-causes" aria-label={t('plan.rc.heading')}>
      <RootCauseNotice notice={shown} onUndo={undo} />
      <div className="root-causes-columns">
        <div>
          <h3>{t('plan.rc.problems')}</h3>
          {problems.length === 0 ? (
            <p className="empty">{t('plan.rc.noProblems')}</p>
          ) : (
            <ul className="problem-notes">
              {problems.map((note) => {
                const rc = causeOf(note.id);
                return (
                  <ProblemNoteItem
                    key={note.id}
                    note={note}
                    rootCause={rc}
                    rootCauses={rootCauses}
                    anonymous={anonymous}
                    editing={isEditing('note', note.id)}
                    blameOf={blameOf}
                    onFind={() => setEditing({ kind: 'note', id: note.id })}
                    onCancel={() => setEditing(null)}
                    onSave={saveNew(note.id)}
                    onShare={share(note.id)}
                    onDetach={() => rc !== undefined && detach(note.id, rc)}
                  />
                );
              })}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('plan.rc.list')}</h3>
          {rootCauses.length === 0 ? (
            <p className="empty">{t('plan.rc.none')}</p>
          ) : (
            <ul className="root-cause-list">
              {rootCauses.map((rc) => (
                <RootCauseItem
                  key={rc.id}
                  rootCause={rc}
                  notes={problems.filter((n) => rc.noteIds.includes(n.id))}
                  editing={isEditing('rootCause', rc.id)}
                  blameOf={blameOf}
                  onEdit={() => setEditing({ kind: 'rootCause', id: rc.id })}
                  onCancel={() => setEditing(null)}
                  onSave={saveWhys(rc.id)}
                  onDelete={() => remove(rc)}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
