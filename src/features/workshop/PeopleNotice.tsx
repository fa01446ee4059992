import type { Ref } from 'react';
import { useT } from '../../i18n/useT';
import type { PeopleNoticeState } from './usePeopleNotice';

interface Props {
  readonly notice: PeopleNoticeState;
  readonly onUndo: () => void;
  readonly undoRef: Ref<HTMLButtonElement>;
}

const MESSAGES = {
  added: 'workshop.people.added',
  restored: 'workshop.people.restored',
} as const;

/** The people panel's polite live region: "Ana removed" with Undo, "Ana added"… */
export function PeopleNotice({ notice, onUndo, undoRef }: Props) {
  const t = useT();
  return (
    <div className="people-notice" role="status" aria-live="polite">
      {notice?.kind === 'removed' && (
        <>
          <span>{t('workshop.people.removed', { name: notice.name })}</span>
          {notice.canUndo && (
            <button
              ref={undoRef}
              type="button"
              className="button button-small"
              aria-label={t('workshop.people.undoNamed', { name: notice.name })}
              onClick={onUndo}
            >
              {t('workshop.people.undo')}
            </button>
          )}
        </>
      )}
      {(notice?.kind === 'added' || notice?.kind === 'restored') && (
        <span>{t(MESSAGES[notice.kind], { name: notice.name })}</span>
      )}
      {notice?.kind === 'error' && (
        <span className="form-error">
          {t('workshop.people.failed', { message: notice.message })}
        </span>
      )}
    </div>
  );
}
