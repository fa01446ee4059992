import type { Target, WorkshopStep } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { GuidingQuestions } from './GuidingQuestions';
import { STEP_TITLE } from './stepKeys';

interface Props {
  readonly step: WorkshopStep;
  /** The incident's update target, quoted in step 2. */
  readonly target: Target;
}

/** A step's instructions from the play (workshop.md), under the step's heading. */
export function StepInstructions({ step, target }: Props) {
  const t = useT();
  return (
    <div className="step-instructions">
      <h2>{t(STEP_TITLE[step])}</h2>
      {step === 'preparation' && (
        <>
          <p>{t('workshop.prep.intro')}</p>
          <ul className="step-list">
            <li>{t('workshop.prep.times')}</li>
            <li>{t('workshop.prep.phases')}</li>
            <li>{t('workshop.prep.impact')}</li>
            <li>{t('workshop.prep.comms')}</li>
            <li>{t('workshop.prep.checklist')}</li>
          </ul>
        </>
      )}
      {step === 'walk' && (
        <>
          <p>{t('workshop.walk.body')}</p>
          <p className="safe-space">{t('workshop.walk.safeSpace')}</p>
        </>
      )}
      {step === 'gaps' && (
        <p>{t('workshop.gaps.body', { ideal: target.ideal, max: target.max })}</p>
      )}
      {step === 'assess' && (
        <>
          <p>{t('workshop.assess.body')}</p>
          <GuidingQuestions />
        </>
      )}
      {step === 'root-causes' && <p>{t('workshop.rootCauses.body')}</p>}
      {step === 'plan' && <p>{t('workshop.plan.body')}</p>}
    </div>
  );
}
