import { useId } from 'react';
import { PHASE_KINDS, type PhaseKind, type ReviewData } from '../../../domain/model';
import {
  durationsOf,
  phaseSpansFromDurations,
  type PhaseSpan,
} from '../../../domain/workshop/phaseDurations';
import { useT } from '../../../i18n/useT';
import { PhaseBandList } from './PhaseBandList';
import { PhaseMinutesField } from './PhaseMinutesField';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
  readonly fieldIds: Readonly<Record<PhaseKind, string>>;
  readonly onSave: (phases: readonly PhaseSpan[]) => void;
}

/** "How long was each phase?": four durations from the alert, shown as the timeline's bands. */
export function PhasesSection({ data, zone, fieldIds, onSave }: Props) {
  const t = useT();
  const headingId = useId();
  const questionId = useId();
  const bandsId = useId();
  const { alert } = data.incident;
  const durations = durationsOf(data.phases);

  const commit = (kind: PhaseKind) => (minutes: number | null) => {
    if (alert === null) return;
    onSave(phaseSpansFromDurations(alert, { ...durations, [kind]: minutes }));
  };

  return (
    <section className="prep-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('prep.phases.heading')}</h3>
      <div id={questionId}>
        <p className="prep-question">{t('prep.phases.question')}</p>
        <p className="field-hint">{t('prep.phases.hint')}</p>
      </div>
      {alert === null && (
        <p className="notice notice-warning" role="note">
          {t('prep.phases.noAlert')}
        </p>
      )}
      <div className="prep-phase-grid">
        {PHASE_KINDS.map((kind) => (
          <PhaseMinutesField
            key={kind}
            id={fieldIds[kind]}
            label={t(`prep.phases.${kind}`)}
            value={durations[kind]}
            disabled={alert === null}
            describedBy={questionId}
            onCommit={commit(kind)}
          />
        ))}
      </div>
      <h4 id={bandsId}>{t('prep.phases.bands')}</h4>
      <PhaseBandList phases={data.phases} zone={zone} labelledBy={bandsId} />
    </section>
  );
}
