import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { AnalysisErrorAlert } from './AnalysisErrorAlert';
import { AnalysisWarnings } from './AnalysisWarnings';
import { GapTable } from './GapTable';

interface Props {
  readonly data: ReviewData;
  readonly analysis: GapAnalysis;
  readonly zone: string;
}

/** Step 2, "Mind the gaps": the gap table, or why it cannot be computed. */
export function GapsSection({ data, analysis, zone }: Props) {
  const t = useT();
  return (
    <div className="panel gaps-panel">
      {analysis.ok ? (
        <>
          <AnalysisWarnings warnings={analysis.warnings} />
          <GapTable gaps={analysis.gaps} zone={zone} target={data.incident.target} />
        </>
      ) : (
        <>
          <h2>{t('gaps.caption')}</h2>
          <AnalysisErrorAlert
            error={analysis.error}
            incident={data.incident}
            communications={data.communications}
            zone={zone}
          />
        </>
      )}
    </div>
  );
}
