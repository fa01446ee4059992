import type { Ref } from 'react';
import type { Participant } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { useT } from '../../i18n/useT';

interface Props {
  readonly participants: readonly Participant[];
  readonly onRemove: (person: Participant) => void;
  readonly listRef: Ref<HTMLUListElement>;
}

/** The people in the room by name, each with a Remove button (undone by the review's Undo). */
export function PersonList({ participants, onRemove, listRef }: Props) {
  const t = useT();
  const { locale } = useI18n();
  if (participants.length === 0) {
    return <p className="muted people-empty">{t('workshop.people.empty')}</p>;
  }
  return (
    <ul ref={listRef} className="person-list">
      {[...participants]
        .sort((a, b) => a.name.localeCompare(b.name, locale))
        .map((p) => (
          <li key={p.id} className="person">
            <span className="person-name">{p.name}</span>
            {p.role !== null && <span className="person-role">{p.role}</span>}
            <button
              type="button"
              className="button button-small button-danger-quiet"
              data-person={p.id}
              aria-label={t('workshop.people.removeNamed', { name: p.name })}
              onClick={() => onRemove(p)}
            >
              {t('workshop.people.remove')}
            </button>
          </li>
        ))}
    </ul>
  );
}
