import { useRef, type KeyboardEvent } from 'react';
import { WORKSHOP_STEPS, type Session, type WorkshopStep } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { STEP_NAME, stepNumber } from './stepKeys';
import { timerOf } from './timerChanges';

interface Props {
  readonly current: WorkshopStep;
  readonly session: Session | null;
  readonly tabId: (step: WorkshopStep) => string;
  readonly panelId: string;
  readonly onSelect: (step: WorkshopStep) => void;
}

/** Where an arrow, Home or End key moves from tab `index` (wrapping); null for other keys. */
function targetIndex(key: string, index: number): number | null {
  const last = WORKSHOP_STEPS.length - 1;
  if (key === 'ArrowRight') return index === last ? 0 : index + 1;
  if (key === 'ArrowLeft') return index === 0 ? last : index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}

/**
 * The six steps of the session as WAI-ARIA tabs ("1 Walk the timeline · 10 min"): one tab
 * stop, arrow keys (and Home/End) move and select at once.
 */
export function StepTabs({ current, session, tabId, panelId, onSelect }: Props) {
  const t = useT();
  const tabs = useRef(new Map<WorkshopStep, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = targetIndex(event.key, WORKSHOP_STEPS.indexOf(current));
    const next = index === null ? undefined : WORKSHOP_STEPS[index];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('workshop.steps.label')}
      className="step-tabs"
      onKeyDown={onKeyDown}
    >
      {WORKSHOP_STEPS.map((step) => {
        const selected = step === current;
        const minutes =
          step === 'preparation' ? null : Math.round(timerOf(session, step).allottedMs / 60_000);
        return (
          <button
            key={step}
            ref={(element) => {
              if (element === null) tabs.current.delete(step);
              else tabs.current.set(step, element);
            }}
            type="button"
            role="tab"
            id={tabId(step)}
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            tabIndex={selected ? 0 : -1}
            className="step-tab"
            onClick={() => onSelect(step)}
          >
            {step !== 'preparation' && (
              <>
                <span className="step-number">{stepNumber(step)}</span>{' '}
              </>
            )}
            <span className="step-label">
              <span className="step-name">{t(STEP_NAME[step])}</span>
              {minutes !== null && (
                <>
                  {' '}
                  <span className="step-minutes">
                    {/* Read as "1 Walk the timeline · 10 min"; shown on its own line. */}
                    <span className="visually-hidden">·</span>{' '}
                    {t('workshop.step.minutes', { minutes })}
                  </span>
                </>
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
}
