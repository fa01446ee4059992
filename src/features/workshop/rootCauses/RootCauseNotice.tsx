import { useT } from '../../../i18n/useT';

/** What the polite live region of step 4 says after an edit. */
export type RootCauseNoticeState =
  | { readonly kind: 'saved' | 'shared' | 'detached' }
  | { readonly kind: 'deleted'; readonly canUndo: boolean }
  | { readonly kind: 'error'; readonly message: string }
  | null;

interface Props {
  readonly notice: RootCauseNoticeState;
  readonly onUndo: () => void;
}

const MESSAGES = {
  saved: 'plan.rc.saved',
  shared: 'plan.rc.shared',
  detached: 'plan.rc.detached',
} as const;

/** Always present, so screen readers hear each change; "Undo delete" after a deletion. */
export function RootCauseNotice({ notice, onUndo }: Props) {
  const t = useT();
  return (
    <div className="rc-notice" role="status" aria-live="polite">
      {notice?.kind === 'deleted' && (
        <>
          <span>{t('plan.rc.deleted')}</span>
          {notice.canUndo && (
            <button type="button" className="button button-small" onClick={onUndo}>
              {t('plan.rc.undo')}
            </button>
          )}
        </>
      )}
      {notice?.kind === 'error' && (
        <span className="form-error">{t('plan.rc.failed', { message: notice.message })}</span>
      )}
      {(notice?.kind === 'saved' || notice?.kind === 'shared' || notice?.kind === 'detached') && (
        <span>{t(MESSAGES[notice.kind])}</span>
      )}
    </div>
  );
}
