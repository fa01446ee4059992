import { useId } from 'react';
import type { ReviewData, WorkshopStep } from '../../domain/model';
import { useAppStore } from '../../store/useAppStore';
import { PeoplePanel } from './PeoplePanel';
import { StepInstructions } from './StepInstructions';
import { StepTabs } from './StepTabs';
import { StepTimer } from './StepTimer';
import { StepTools } from './StepTools';
import { useUndoKeys } from './useUndoKeys';
import './workshop.css';

export interface WorkshopStepsProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
}

/**
 * The session at the top of the review page: the six steps as tabs (the selected one is the
 * stored `session.step`), and for the selected step its instructions, its timer, the people
 * in the room and its working tools. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo and redo here.
 */
export function WorkshopSteps({ data, zone }: WorkshopStepsProps) {
  useUndoKeys();
  const baseId = useId();
  const actions = useAppStore((s) => s.actions);
  const session = data.session;
  const step = session?.step ?? 'preparation';
  const tabId = (s: WorkshopStep) => `${baseId}-tab-${s}`;
  const panelId = `${baseId}-panel`;

  const select = (next: WorkshopStep) => {
    if (next !== step) void actions.updateSession(() => ({ step: next }));
  };

  return (
    <div className="panel workshop-steps">
      <StepTabs
        current={step}
        session={session}
        tabId={tabId}
        panelId={panelId}
        onSelect={select}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(step)} className="step-panel">
        <div className="step-head">
          <StepInstructions step={step} target={data.incident.target} />
          <div className="step-side">
            <StepTimer session={session} step={step} />
            <PeoplePanel
              session={session}
              participants={data.participants}
              defaultOpen={step === 'preparation'}
            />
          </div>
        </div>
        <StepTools step={step} data={data} zone={zone} />
      </div>
    </div>
  );
}
