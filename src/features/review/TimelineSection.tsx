import { useId } from 'react';
import { TimelineCanvas } from '../../canvas/TimelineCanvas';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { useFlaggedCommunications } from '../checks/useFlaggedCommunications';

interface Props {
  readonly data: ReviewData;
  readonly analysis: GapAnalysis;
  readonly zone: string;
  readonly onOpenCommunication: (communicationId: string) => void;
}

/**
 * The timeline drawing on the review page. In workshop step 3 (Assess) the dots of the
 * messages with kept (not dismissed) findings of the message checks carry a marker (the same memoised findings
 * as the **Message checks** panel).
 */
export function TimelineSection({ data, analysis, zone, onOpenCommunication }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const flagged = useFlaggedCommunications(data);
  return (
    <section className="panel timeline-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('timeline.heading')}</h2>
      <TimelineCanvas
        data={data}
        analysis={analysis}
        zone={zone}
        mode="edit"
        onOpenCommunication={onOpenCommunication}
        flagged={flagged}
      />
    </section>
  );
}
