import { useId, useMemo, useState } from 'react';
import type { ReviewData } from '../../../domain/model';
import type { PhaseSpan } from '../../../domain/workshop/phaseDurations';
import { useT } from '../../../i18n/useT';
import type { PreparationPatch } from '../../../store/AppState';
import { useAppStore } from '../../../store/useAppStore';
import { FollowUpSection } from '../../followUp/FollowUpSection';
import { ChecklistSection } from './ChecklistSection';
import { CompletenessMeter } from './CompletenessMeter';
import { CustomerSection } from './CustomerSection';
import { PhasesSection } from './PhasesSection';
import { prepFieldIds } from './prepFieldIds';
import { WhatIfSection } from './WhatIfSection';
import './preparation.css';

export interface PreparationPanelProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
}

/**
 * The preparation form (`../shared/spec/workshop.md`, "Before the session"): phases,
 * what customers saw with screenshots, the information checklist, the completeness meter
 * and "what if" updates. Every answer is saved through the store as it is given.
 */
export function PreparationPanel({ data, zone }: PreparationPanelProps) {
  const t = useT();
  const base = useId();
  const headingId = `${base}-heading`;
  const ids = useMemo(() => prepFieldIds(base), [base]);
  const actions = useAppStore((s) => s.actions);
  const [failure, setFailure] = useState<string | null>(null);

  const failed = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    setFailure(t('prep.failed', { message }));
  };
  const savePreparation = (patch: PreparationPatch) => {
    setFailure(null);
    actions.updatePreparation(patch).catch(failed);
  };
  const savePhases = (phases: readonly PhaseSpan[]) => {
    setFailure(null);
    actions.setPhases(phases).catch(failed);
  };

  return (
    <section className="prep-panel" aria-labelledby={headingId}>
      <div className="panel prep-top">
        <h2 id={headingId}>{t('prep.heading')}</h2>
        <p className="prep-intro">{t('prep.intro')}</p>
        <CompletenessMeter data={data} ids={ids} />
        {failure !== null && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
      </div>
      <FollowUpSection review={data.review} />
      <div className="prep-columns">
        <div className="prep-column">
          <div className="panel">
            <PhasesSection data={data} zone={zone} fieldIds={ids.phases} onSave={savePhases} />
          </div>
          <div className="panel">
            <ChecklistSection preparation={data.preparation} ids={ids} onSave={savePreparation} />
          </div>
        </div>
        <div className="prep-column">
          <div className="panel">
            <CustomerSection data={data} impactId={ids.customerImpact} onSave={savePreparation} />
          </div>
          <div className="panel">
            <WhatIfSection data={data} zone={zone} />
          </div>
        </div>
      </div>
    </section>
  );
}
