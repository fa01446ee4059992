import { useT } from '../../../i18n/useT';

interface Props {
  readonly rootCause: string;
  readonly person: string;
  /** This person's dots on this root cause. */
  readonly count: number;
  readonly revealed: boolean;
  readonly canVote: boolean;
  readonly onCast: () => void;
  readonly onRemove: () => void;
}

/** One cell of the vote grid: +1 for this person; the count and −1 once votes are revealed. */
export function VoteCell({ rootCause, person, count, revealed, canVote, onCast, onRemove }: Props) {
  const t = useT();
  return (
    <td className="vote-cell">
      <div className="vote-cell-inner">
        <button
          type="button"
          className="button button-small"
          disabled={!canVote}
          aria-label={t('plan.vote.cast.named', { rootCause, person })}
          onClick={onCast}
        >
          {t('plan.vote.cast')}
        </button>
        {revealed && (
          <>
            <span className="vote-count">{count}</span>
            <button
              type="button"
              className="button button-small"
              disabled={count === 0}
              aria-label={t('plan.vote.remove.named', { rootCause, person })}
              onClick={onRemove}
            >
              {t('plan.vote.remove')}
            </button>
          </>
        )}
      </div>
    </td>
  );
}
