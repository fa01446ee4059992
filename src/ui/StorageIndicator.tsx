import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';
import { storageIndicatorView } from './storageIndicatorView';
import { WarningIcon } from './WarningIcon';
import './storageIndicator.css';

interface Props {
  /** The way to back up from this page, shown when the data may not last. */
  readonly backup?: ReactNode;
}

/**
 * "Storage: kept" / "Storage: may be cleared by the browser" / "Storage: this tab only",
 * a small disclosure in the header: open it for why, and (when the data may not last) the
 * way to back up.
 */
export function StorageIndicator({ backup }: Props) {
  const t = useT();
  const health = useAppStore((s) => s.storage);
  const view = storageIndicatorView(health);
  return (
    <details className={`storage-indicator storage-${view.tone}`}>
      <summary>
        {(view.tone === 'warn' || view.tone === 'danger') && <WarningIcon />}
        <span>{t(view.label)}</span>
      </summary>
      <div className="storage-indicator-panel">
        <p>{t(view.explanation)}</p>
        {view.remindBackup && backup}
      </div>
    </details>
  );
}
