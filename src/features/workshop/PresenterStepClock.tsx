import type { Session } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { STEP_TITLE } from './stepKeys';
import { anyTimerRunning, timerOf } from './timerChanges';
import { TimerFace } from './TimerFace';
import { useNow } from './useNow';

interface Props {
  readonly session: Session | null;
}

/**
 * The presenter window's view of the session, read-only and large: the current step and
 * its timer (the stored timer, so it shows what the facilitator's window shows), and in
 * step 1 the safe-space line for the room.
 */
export function PresenterStepClock({ session }: Props) {
  const t = useT();
  const now = useNow(anyTimerRunning(session));
  const step = session?.step ?? 'preparation';
  return (
    <div className="presenter-step">
      <div className="presenter-step-row">
        <p className="presenter-step-name">{t(STEP_TITLE[step])}</p>
        {step !== 'preparation' && (
          <TimerFace timer={timerOf(session, step)} now={now} className="presenter-clock" />
        )}
      </div>
      {step === 'walk' && <p className="presenter-safe-space">{t('workshop.walk.safeSpace')}</p>}
    </div>
  );
}
