import { useState } from 'react';
import type { ReviewData } from '../../domain/model';
import { serializeReview } from '../../domain/schema/serializeReview';
import { exportFileName } from '../../export/exportFileName';
import { useI18n } from '../../i18n/useI18n';
import { downloadBlob } from '../../ui/downloadBlob';
import './exports.css';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
}

/**
 * "Back up this review": the whole review (screenshots included) as a Gapline file, the
 * format Import timeline restores exactly. Made from the review in memory, so it holds
 * every edit of this tab, saved or not.
 */
export function ReviewBackupButton({ data, zone }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const backUp = () => {
    try {
      const now = Date.now();
      const name = exportFileName(
        {
          incident: data.incident,
          communications: data.communications,
          timeZone: zone,
          generatedAt: now,
        },
        'gapline.json',
      );
      downloadBlob(serializeReview(data, now), name, 'application/json');
      setStatus(t('export.downloaded', { name }));
    } catch (e) {
      setStatus(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="export-group">
      <button type="button" className="button" onClick={backUp}>
        {t('export.backup.review')}
      </button>
      <p className="muted">{t('export.backup.hint')}</p>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
