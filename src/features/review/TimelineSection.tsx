import { useId } from 'react';
import { TimelineCanvas } from '../../canvas/TimelineCanvas';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';

interface Props {
  readonly data: ReviewData;
  readonly analysis: GapAnalysis;
  readonly zone: string;
  readonly onOpenCommunication: (communicationId: string) => void;
}

/** The timeline drawing on the review page. */
export function TimelineSection({ data, analysis, zone, onOpenCommunication }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel timeline-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('timeline.heading')}</h2>
      <TimelineCanvas
        data={data}
        analysis={analysis}
        zone={zone}
        mode="edit"
        onOpenCommunication={onOpenCommunication}
      />
    </section>
  );
}
