import { useId } from 'react';
import { useT } from '../../i18n/useT';
import type { ImportOutcome } from './ImportOutcome';
import { ImportWarningList } from './ImportWarningList';
import { RejectedRowList } from './RejectedRowList';

interface Props {
  readonly outcome: ImportOutcome;
  readonly onDismiss: () => void;
}

/** After an import: how many communications came in and which rows were rejected. */
export function ImportOutcomeNotice({ outcome, onDismiss }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="import-outcome panel" aria-labelledby={headingId}>
      <div className="import-outcome-head">
        <h2 id={headingId}>{t('imported.title')}</h2>
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
