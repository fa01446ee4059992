import { useId, useRef, useState } from 'react';
import type { Participant, Session } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { AddPersonForm } from './AddPersonForm';
import { FacilitatorField } from './FacilitatorField';
import { PeopleNotice } from './PeopleNotice';
import { PersonList } from './PersonList';
import { usePeopleNotice } from './usePeopleNotice';
import './people.css';

interface Props {
  readonly session: Session | null;
  readonly participants: readonly Participant[];
  /** Open at first (the preparation); folded to a one-line summary otherwise. */
  readonly defaultOpen: boolean;
}

/**
 * "People in the room": the facilitator, the participants (add, remove with Undo) and the
 * anonymous mode (authors of notes hidden). A disclosure: open while preparing, folded to
 * the names during the timed steps unless the facilitator opens it.
 */
export function PeoplePanel({ session, participants, defaultOpen }: Props) {
  const t = useT();
  const { locale } = useI18n();
  const headingId = useId();
  const bodyId = useId();
  const anonymousHintId = useId();
  const actions = useAppStore((s) => s.actions);
  const listRef = useRef<HTMLUListElement>(null);
  const { notice, undoRef, add, remove, undo } = usePeopleNotice(listRef);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? defaultOpen;
  const anonymous = session?.anonymous ?? false;
  const names = new Intl.ListFormat(locale, { type: 'unit' }).format(
    participants.map((p) => p.name),
  );

  return (
    <section className="people-panel" aria-labelledby={headingId}>
      <div className="people-head">
        <h3 id={headingId}>
          <button
            type="button"
            className="people-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setChosen(!open)}
          >
            <span className="people-chevron" aria-hidden="true" />
            {t('workshop.people.heading')}
          </button>
        </h3>
        <p className="people-count">{t('workshop.people.count', { count: participants.length })}</p>
      </div>
      {!open && (
        <p className="people-summary">
          {participants.length === 0 ? t('workshop.people.empty') : names}
          {anonymous && <strong> {t('workshop.people.anonymousOn')}</strong>}
        </p>
      )}
      <div id={bodyId} hidden={!open}>
        <FacilitatorField
          value={session?.facilitator ?? null}
          onCommit={(facilitator) => void actions.updateSession(() => ({ facilitator }))}
        />
        <PersonList participants={participants} onRemove={remove} listRef={listRef} />
        <PeopleNotice notice={notice} onUndo={undo} undoRef={undoRef} />
        <AddPersonForm onAdd={add} />
        <div className="people-settings">
          <label className="check">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby={anonymousHintId}
              onChange={(e) => {
                const next = e.target.checked;
                void actions.updateSession(() => ({ anonymous: next }));
              }}
            />
            {t('workshop.people.anonymous')}
          </label>
          <p id={anonymousHintId} className="field-hint">
            {t('workshop.people.anonymousHint')}
          </p>
        </div>
      </div>
    </section>
  );
}
