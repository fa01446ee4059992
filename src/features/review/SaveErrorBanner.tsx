import type { ReactNode } from 'react';
import type { SaveStatus } from '../../store/AppState';
import { useT } from '../../i18n/useT';

interface Props {
  readonly save: SaveStatus;
  readonly onRetry: () => void;
  /** A way to keep what only this tab holds (Back up this review). */
  readonly backup?: ReactNode;
}

/**
 * Shown while some edit exists only in memory: why, a way to try again (not when a newer
 * Gapline took the database over: only a reload helps then), and a backup of it all.
 */
export function SaveErrorBanner({ save, onRetry, backup }: Props) {
  const t = useT();
  if (save.state !== 'error') return null;
  const body =
    save.errorKind === 'quota'
      ? t('save.banner.quota')
      : save.errorKind === 'version'
        ? t('save.banner.version')
        : t('save.banner.generic', { message: save.error ?? '' });
  return (
    <div className="banner banner-error save-error-banner" role="alert">
      <p className="notice-title">{t('save.banner.title')}</p>
      <p>{body}</p>
      {save.errorKind !== 'version' && (
        <button type="button" className="button" onClick={onRetry}>
          {t('save.banner.retry')}
        </button>
      )}
      {backup !== undefined && backup !== null && (
        <div className="save-error-backup">
          <p>{t('storage.saveFailed.backup')}</p>
          {backup}
        </div>
      )}
    </div>
  );
}
