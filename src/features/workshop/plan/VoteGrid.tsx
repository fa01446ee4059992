import type { Participant, RootCause, Vote } from '../../../domain/model';
import { votesLeft } from '../../../domain/workshop/voteTally';
import { useT } from '../../../i18n/useT';
import { latestVote } from './latestVote';
import { rootCauseLabel } from '../rootCauseLabel';
import { VoteCell } from './VoteCell';

interface Props {
  readonly rootCauses: readonly RootCause[];
  readonly participants: readonly Participant[];
  readonly votes: readonly Vote[];
  /** Votes per person. */
  readonly limit: number;
  readonly revealed: boolean;
  readonly onCast: (rootCauseId: string, participantId: string) => void;
  readonly onRemove: (voteId: string) => void;
}

/**
 * The facilitator's dot-voting grid (caption "Votes"): root causes × people, +1 per cell,
 * the votes each person has left and "Take back last"; counts per cell only once revealed.
 */
export function VoteGrid({
  rootCauses,
  participants,
  votes,
  limit,
  revealed,
  onCast,
  onRemove,
}: Props) {
  const t = useT();
  const left = new Map(participants.map((p) => [p.id, votesLeft(p.id, votes, limit, rootCauses)]));
  return (
    <div className="table-wrap">
      <table className="data-table vote-grid">
        <caption>{t('plan.vote.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.vote.rootCause')}</th>
            {participants.map((p) => (
              <th key={p.id} scope="col">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rootCauses.map((rc) => {
            const label = rootCauseLabel(rc);
            return (
              <tr key={rc.id}>
                <th scope="row" className="vote-root-cause">
                  {label}
                </th>
                {participants.map((p) => {
                  const mine = (v: Vote) => v.participantId === p.id && v.rootCauseId === rc.id;
                  return (
                    <VoteCell
                      key={p.id}
                      rootCause={label}
                      person={p.name}
                      count={votes.filter(mine).length}
                      revealed={revealed}
                      canVote={(left.get(p.id) ?? 0) > 0}
                      onCast={() => onCast(rc.id, p.id)}
                      onRemove={() => {
                        const vote = latestVote(votes, mine);
                        if (vote !== undefined) onRemove(vote.id);
                      }}
                    />
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plan.vote.left')}</th>
            {participants.map((p) => {
              const n = left.get(p.id) ?? 0;
              const last = latestVote(votes, (v) => v.participantId === p.id);
              return (
                <td key={p.id} className="votes-left">
                  <span className="votes-left-count">{t('plan.vote.leftCount', { count: n })}</span>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={last === undefined}
                    aria-label={t('plan.vote.takeBack.named', { person: p.name })}
                    onClick={() => last !== undefined && onRemove(last.id)}
                  >
                    {t('plan.vote.takeBack')}
                  </button>
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
