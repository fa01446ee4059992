import { useId } from 'react';
import type { ReviewData } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../store/useAppStore';
import { storageIndicatorView } from '../../../ui/storageIndicatorView';
import { WarningIcon } from '../../../ui/WarningIcon';
import { ReviewBackupButton } from '../../export/ReviewBackupButton';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
}

/**
 * The workshop's last part: keep a copy of the review (reliability Table 1, rows 1 and 2),
 * with why it matters in this browser when its data may not last.
 */
export function PlanBackup({ data, zone }: Props) {
  const t = useT();
  const headingId = useId();
  const view = storageIndicatorView(useAppStore((s) => s.storage));
  return (
    <section className="plan-part plan-backup" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('storage.plan.heading')}</h3>
      <p>{t('storage.plan.body')}</p>
      {view.remindBackup && (
        <p className="plan-backup-risk">
          <WarningIcon />
          <span>{t(view.explanation)}</span>
        </p>
      )}
      <ReviewBackupButton data={data} zone={zone} />
    </section>
  );
}
