import { useState } from 'react';
import { serializeBackup } from '../../domain/schema/serializeBackup';
import { isoDay } from '../../export/exportFileName';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { downloadBlob } from '../../ui/downloadBlob';
import { browserTimeZone } from './browserDefaults';
import './backupAll.css';

interface Props {
  /** Reviews listed: with none there is nothing to back up. */
  readonly count: number;
}

/**
 * "Back up all reviews": every review in this browser, whole (screenshots included), in
 * one Gapline backup file, `gapline-backup-<YYYY-MM-DD>.json`. Import timeline restores it.
 */
export function BackupAllButton({ count }: Props) {
  const t = useT();
  const loadAllReviews = useAppStore((s) => s.actions.loadAllReviews);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const backUp = async () => {
    setBusy(true);
    setStatus('');
    try {
      const reviews = await loadAllReviews();
      const now = Date.now();
      const name = `gapline-backup-${isoDay(now, browserTimeZone())}.json`;
      downloadBlob(serializeBackup(reviews, now), name, 'application/json');
      setStatus(t('backup.allDone', { count: reviews.length, name }));
    } catch (e) {
      setStatus(t('backup.allFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup-all">
      <button
        type="button"
        className="button"
        onClick={() => void backUp()}
        disabled={busy || count === 0}
      >
        {t('backup.all')}
      </button>
      <p className="muted">{t('backup.allHint')}</p>
      <p role="status">{status}</p>
    </div>
  );
}
