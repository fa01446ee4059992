import { TimelineCanvas } from '../../canvas/TimelineCanvas';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import { useFlaggedCommunications } from '../checks/useFlaggedCommunications';

interface Props {
  readonly data: ReviewData;
  readonly analysis: GapAnalysis;
  /** The display zone override; null: the incident's own. */
  readonly zone: string | null;
}

/** The drawing for the room, with the finding markers of step 3 as on the review page. */
export function PresenterTimeline({ data, analysis, zone }: Props) {
  const flagged = useFlaggedCommunications(data);
  return (
    <div className="presenter-timeline">
      <TimelineCanvas
        data={data}
        analysis={analysis}
        zone={zone ?? data.incident.timeZone}
        mode="present"
        flagged={flagged}
      />
    </div>
  );
}
