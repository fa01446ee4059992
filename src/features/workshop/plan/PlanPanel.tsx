import { useMemo, useState } from 'react';
import type { ReviewData } from '../../../domain/model';
import { tallyVotes } from '../../../domain/workshop/voteTally';
import { useT } from '../../../i18n/useT';
import { DEFAULT_VOTES } from '../../../store/workshop/workshopDefaults';
import { ActionPlan } from './ActionPlan';
import { PlanBackup } from './PlanBackup';
import { PickSection } from './PickSection';
import { VotingSection } from './VotingSection';
import './plan.css';

export interface PlanPanelProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
}

/**
 * Step 5: dot voting on the root causes (hidden until revealed), picking the ones that
 * matter most, the action plan with owners, deadlines and warnings that never block, and
 * a backup of the review before the session closes.
 */
export function PlanPanel({ data, zone }: PlanPanelProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const limit = data.session?.votesPerParticipant ?? DEFAULT_VOTES;
  const revealed = data.session?.votesRevealed ?? false;
  const { rootCauses, votes, participants } = data;

  const byCreation = useMemo(
    () => [...rootCauses].sort((a, b) => a.createdAt - b.createdAt),
    [rootCauses],
  );
  const tally = useMemo(
    () => tallyVotes(rootCauses, votes, participants, limit),
    [rootCauses, votes, participants, limit],
  );
  // Once revealed, the most voted come first everywhere; before, the order found.
  const ordered = useMemo(() => {
    if (!revealed) return byCreation;
    const rank = new Map(tally.map((e, i) => [e.rootCauseId, i]));
    return [...byCreation].sort(
      (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
    );
  }, [revealed, byCreation, tally]);
  const showError = (message: string) => setError(t('plan.actions.failed', { message }));

  return (
    <section className="plan" aria-label={t('plan.heading')}>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <VotingSection
        data={data}
        rootCauses={byCreation}
        tally={tally}
        limit={limit}
        revealed={revealed}
      />
      <PickSection rootCauses={ordered} tally={tally} revealed={revealed} onError={showError} />
      <ActionPlan data={data} rootCauses={ordered} onError={showError} />
      <PlanBackup data={data} zone={zone} />
    </section>
  );
}
