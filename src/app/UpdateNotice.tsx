import { useId, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';
import type { AppUpdate } from './AppUpdate';
import { useHashRoute } from './useHashRoute';
import './updateNotice.css';

interface Props {
  readonly update: AppUpdate;
  /** Storage runs in memory: a reload loses every review of this tab. */
  readonly memoryOnly: boolean;
}

/**
 * "A new version is ready": **Reload to update** or **Not now**. A polite live region (it
 * is always in the page, so screen readers hear it fill), never shown in the presenter
 * window (the room sees that screen). If some work lives only in this tab, it says so first.
 */
export function UpdateNotice({ update, memoryOnly }: Props) {
  const t = useT();
  const titleId = useId();
  const found = useSyncExternalStore(update.subscribe, update.found, update.found);
  const [dismissed, setDismissed] = useState(0);
  const [applying, setApplying] = useState(false);
  const unsaved = useAppStore((state) => state.save.state === 'error');
  const route = useHashRoute();
  const visible = found > dismissed && route.name !== 'present';

  const reload = () => {
    setApplying(true);
    void update.apply().finally(() => setApplying(false));
  };

  return (
    <div className="update-notice-host" role="status">
      {visible && (
        <section className="update-notice" aria-labelledby={titleId}>
          <p id={titleId} className="notice-title">
            {t('offline.update.title')}
          </p>
          <p>{t('offline.update.body')}</p>
          {(memoryOnly || unsaved) && (
            <p className="update-notice-warning">
              {t(memoryOnly ? 'offline.update.memoryOnly' : 'offline.update.unsaved')}
            </p>
          )}
          <div className="update-notice-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={applying}
              onClick={reload}
            >
              {t('offline.update.reload')}
            </button>
            <button type="button" className="button" onClick={() => setDismissed(found)}>
              {t('offline.update.dismiss')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
