import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/**
 * Shown on every page once a newer Gapline opened the database in another tab
 * (reliability Table 1, row 8): this tab has stopped saving, so that it never writes
 * old-style data over the upgraded one, and asks to be reloaded. Edits made meanwhile stay
 * in memory (the review page's save banner reports them, with a backup).
 */
export function OutdatedBanner() {
  const t = useT();
  const outdated = useAppStore((s) => s.storage.outdated);
  const unsaved = useAppStore((s) => s.save.state === 'error');
  if (!outdated) return null;
  return (
    <div className="banner banner-error outdated-banner" role="alert">
      <p className="notice-title">{t('storage.outdated.title')}</p>
      <p>{t('storage.outdated.body')}</p>
      {unsaved && <p>{t('storage.outdated.unsaved')}</p>}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('storage.outdated.reload')}
      </button>
    </div>
  );
}
