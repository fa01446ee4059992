import type { SaveStatus } from '../../store/AppState';
import { useT } from '../../i18n/useT';

interface Props {
  readonly save: SaveStatus;
  readonly onRetry: () => void;
}

/** Shown while some edit exists only in memory: why, and a way to try again. */
export function SaveErrorBanner({ save, onRetry }: Props) {
  const t = useT();
  if (save.state !== 'error') return null;
  const body =
    save.errorKind === 'quota'
      ? t('save.banner.quota')
      : save.errorKind === 'version'
        ? t('save.banner.version')
        : t('save.banner.generic', { message: save.error ?? '' });
  return (
    <div className="banner banner-error" role="alert">
      <p className="notice-title">{t('save.banner.title')}</p>
      <p>{body}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('save.banner.retry')}
      </button>
    </div>
  );
}
