import type { ReviewData, WorkshopStep } from '../../domain/model';
import { MessageChecksPanel } from '../checks/MessageChecksPanel';
import { PlanPanel } from './plan/PlanPanel';
import { PreparationPanel } from './preparation/PreparationPanel';
import { RootCausesPanel } from './rootCauses/RootCausesPanel';

interface Props {
  readonly step: WorkshopStep;
  readonly data: ReviewData;
  readonly zone: string;
}

/**
 * The working tools of a step, under its instructions: the preparation form, the message
 * checks (step 3), the root causes, the plan. Steps 1 and 2 work on the drawing and tables
 * of the page itself.
 */
export function StepTools({ step, data, zone }: Props) {
  if (step === 'preparation') return <PreparationPanel data={data} zone={zone} />;
  if (step === 'assess') return <MessageChecksPanel data={data} zone={zone} />;
  if (step === 'root-causes') return <RootCausesPanel data={data} zone={zone} />;
  if (step === 'plan') return <PlanPanel data={data} zone={zone} />;
  return null;
}
