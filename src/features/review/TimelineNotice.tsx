import type { Ref } from 'react';
import { useT } from '../../i18n/useT';

/** What the polite live region above the Timeline table says. */
export type TimelineNoticeState =
  | { readonly kind: 'deleted'; readonly excerpt: string; readonly canUndo: boolean }
  | { readonly kind: 'added' | 'saved' | 'restored' }
  | { readonly kind: 'error'; readonly message: string }
  | null;

interface Props {
  readonly notice: TimelineNoticeState;
  readonly onUndo: () => void;
  readonly undoRef: Ref<HTMLButtonElement>;
}

const MESSAGES = {
  added: 'twin.added',
  saved: 'twin.saved',
  restored: 'twin.restored',
} as const;

/**
 * A polite live region, always present so screen readers hear what changes in it: "Note
 * deleted" with an Undo button (while the deletion is still the last edit), "Note
 * restored", "Note added"…
 */
export function TimelineNotice({ notice, onUndo, undoRef }: Props) {
  const t = useT();
  return (
    <div className="twin-notice" role="status" aria-live="polite">
      {notice?.kind === 'deleted' && (
        <>
          <span>{t('twin.deleted')}</span>
          {notice.canUndo && (
            <button
              ref={undoRef}
              type="button"
              className="button button-small"
              aria-label={t('twin.undo.named', { excerpt: notice.excerpt })}
              onClick={onUndo}
            >
              {t('twin.undo')}
            </button>
          )}
        </>
      )}
      {notice?.kind === 'error' && (
        <span className="form-error">{t('twin.deleteFailed', { message: notice.message })}</span>
      )}
      {(notice?.kind === 'added' || notice?.kind === 'saved' || notice?.kind === 'restored') && (
        <span>{t(MESSAGES[notice.kind])}</span>
      )}
    </div>
  );
}
