import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import type { ImportOutcome } from './ImportOutcome';
import { ImportWarningList } from './ImportWarningList';
import { RejectedRowList } from './RejectedRowList';

interface Props {
  readonly outcome: ImportOutcome;
  readonly onDismiss: () => void;
}

/**
 * After an import: how many communications came in and which rows were rejected. A big
 * import is shown while it is still being saved: the title says so until it is (or that
 * it was not).
 */
export function ImportOutcomeNotice({ outcome, onDismiss }: Props) {
  const t = useT();
  const headingId = useId();
  const saving = useAppStore((s) =>
    s.importSave !== null && outcome.reviewIds.includes(s.importSave.reviewId)
      ? s.importSave.error === null
        ? 'saving'
        : 'failed'
      : 'saved',
  );
  const title =
    saving === 'saving'
      ? t('imported.titleSaving')
      : saving === 'failed'
        ? t('imported.titleFailed')
        : t('imported.title');
  return (
    <section className="import-outcome panel" aria-labelledby={headingId}>
      <div className="import-outcome-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button button-small" onClick={onDismiss}>
          {t('imported.dismiss')}
        </button>
      </div>
      <p>
        {t('imported.count', { count: outcome.communicationCount, name: outcome.fileName })}
        {outcome.reviewIds.length > 1 &&
          ` ${t('imported.reviews', { count: outcome.reviewIds.length })}`}
      </p>
      <RejectedRowList rows={outcome.rejected} />
      <ImportWarningList warnings={outcome.warnings} />
    </section>
  );
}
