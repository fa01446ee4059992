import { useId, useMemo, useState } from 'react';
import type { ReviewData } from '../../../domain/model';
import type { RootCauseTally } from '../../../domain/workshop/voteTally';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../store/useAppStore';
import { VoteGrid } from './VoteGrid';
import { VoteResults } from './VoteResults';
import { VotesPerPersonField } from './VotesPerPersonField';

interface Props {
  readonly data: ReviewData;
  readonly rootCauses: ReviewData['rootCauses'];
  readonly tally: readonly RootCauseTally[];
  readonly limit: number;
  readonly revealed: boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Dot voting: the grid the facilitator fills in for the room, then Reveal votes. */
export function VotingSection({ data, rootCauses, tally, limit, revealed }: Props) {
  const t = useT();
  const headingId = useId();
  const actions = useAppStore((s) => s.actions);
  const [error, setError] = useState<string | null>(null);
  const { votes } = data;
  const participants = useMemo(
    () => [...data.participants].sort((a, b) => a.name.localeCompare(b.name)),
    [data.participants],
  );

  const attempt = (work: Promise<void>) => {
    setError(null);
    work.catch((e: unknown) => setError(t('plan.vote.failed', { message: message(e) })));
  };
  const counted = tally.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <section className="plan-part voting" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.vote.heading')}</h3>
      {rootCauses.length === 0 ? (
        <p className="empty">{t('plan.vote.noRootCauses')}</p>
      ) : participants.length === 0 ? (
        <p className="notice notice-warning">{t('plan.vote.noPeople')}</p>
      ) : (
        <>
          <div className="voting-head">
            <p className="plan-intro">{t('plan.vote.intro', { count: limit })}</p>
            <VotesPerPersonField
              value={limit}
              onChange={(n) => attempt(actions.updateSession(() => ({ votesPerParticipant: n })))}
            />
          </div>
          <VoteGrid
            rootCauses={rootCauses}
            participants={participants}
            votes={votes}
            limit={limit}
            revealed={revealed}
            onCast={(rc, p) => attempt(actions.castVote(rc, p))}
            onRemove={(id) => attempt(actions.removeVote(id))}
          />
          {error !== null && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="voting-reveal">
            <button
              type="button"
              className="button button-primary"
              onClick={() => attempt(actions.updateSession(() => ({ votesRevealed: !revealed })))}
            >
              {revealed ? t('plan.vote.hide') : t('plan.vote.reveal')}
            </button>
            <p className="muted" role="status">
              {revealed ? '' : t('plan.vote.hiddenNote', { count: counted })}
            </p>
          </div>
          {revealed && <VoteResults tally={tally} rootCauses={rootCauses} />}
        </>
      )}
    </section>
  );
}
