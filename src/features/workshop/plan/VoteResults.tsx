import { useId } from 'react';
import type { RootCause } from '../../../domain/model';
import type { RootCauseTally } from '../../../domain/workshop/voteTally';
import { useT } from '../../../i18n/useT';
import { rootCauseLabel } from '../rootCauseLabel';

interface Props {
  /** Most voted first (`tallyVotes`). */
  readonly tally: readonly RootCauseTally[];
  readonly rootCauses: readonly RootCause[];
}

/** The revealed results: the root causes sorted by votes, with their counts. */
export function VoteResults({ tally, rootCauses }: Props) {
  const t = useT();
  const headingId = useId();
  const byId = new Map(rootCauses.map((rc) => [rc.id, rc]));
  return (
    <div className="vote-results">
      <h4 id={headingId}>{t('plan.vote.results')}</h4>
      <ol aria-labelledby={headingId}>
        {tally.map((entry) => {
          const rc = byId.get(entry.rootCauseId);
          if (rc === undefined) return null;
          return (
            <li key={entry.rootCauseId}>
              <span className="vote-result-count">
                {t('plan.vote.count', { count: entry.count })}
              </span>{' '}
              <span>{rootCauseLabel(rc)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
