import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { homeHref, navigate } from '../../ui/hashRoute';
import type { AppState } from '../../store/AppState';
import { useAppStore } from '../../store/useAppStore';
import { useAppStoreUnhurried } from '../../store/useAppStoreUnhurried';
import { ImportSaveProgress } from '../home/ImportSaveProgress';

interface Props {
  readonly reviewId: string;
}

/**
 * A big import opens its review before every message is written: this says how far the
 * save got (**Saving the import**) and offers **Cancel**, which stops it, keeps nothing of
 * it and goes back to all reviews. Edits made meanwhile are saved right after the import.
 * If the import could not be saved, it says so (nothing of it is kept). While it is being
 * saved, leaving or reloading the page asks first: a page gone mid-import keeps nothing.
 */
export function ImportSaveBanner({ reviewId }: Props) {
  const t = useT();
  // Its progress changes every few milliseconds while the page is still being made.
  const importSave = useAppStoreUnhurried(
    useCallback(
      (s: AppState) => (s.importSave?.reviewId === reviewId ? s.importSave : null),
      [reviewId],
    ),
  );
  const actions = useAppStore((s) => s.actions);
  const [cancelling, setCancelling] = useState(false);
  const saving = importSave !== null && importSave.error === null;
  useEffect(() => {
    if (!saving) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [saving]);
  if (importSave === null) return null;

  if (importSave.error !== null) {
    return (
      <div className="banner banner-error import-save" role="alert">
        <p className="notice-title">{t('importSave.failed', { message: importSave.error })}</p>
        <p>{t('importSave.failedHint')}</p>
        <button type="button" className="button" onClick={() => actions.dismissImportSave()}>
          {t('common.close')}
        </button>
      </div>
    );
  }

  const cancel = async () => {
    setCancelling(true);
    await actions.cancelImportSave();
    navigate(homeHref());
  };
  return (
    <section className="banner import-save" aria-label={t('preview.savingLabel')}>
      <ImportSaveProgress progress={importSave} />
      <p>{t('importSave.meanwhile')}</p>
      <button type="button" className="button" disabled={cancelling} onClick={() => void cancel()}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
