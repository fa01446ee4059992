import { useId } from 'react';
import type { Session, WorkshopStep } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { sessionClock } from './sessionClock';
import { STEP_NAME } from './stepKeys';
import { anyTimerRunning, timerChange, timerOf, type TimerCommand } from './timerChanges';
import { TimerFace } from './TimerFace';
import { useNow } from './useNow';
import { useTimeUpSignal } from './useTimeUpSignal';

interface Props {
  readonly session: Session | null;
  readonly step: WorkshopStep;
}

/**
 * The current step's timer (Start/Pause, +5 min, Reset), the session's total time and the
 * Sound switch. The timer is stored in the session (time run plus the running start), so it
 * survives a reload; only the buttons write. While a timer runs this re-renders every second.
 */
export function StepTimer({ session, step }: Props) {
  const t = useT();
  const headingId = useId();
  const actions = useAppStore((s) => s.actions);
  const now = useNow(anyTimerRunning(session));
  const timeUp = useTimeUpSignal(session, now, step);
  const timed = step === 'preparation' ? null : step;
  const timer = timed === null ? null : timerOf(session, timed);
  const clock = sessionClock(session, now);

  const run = (command: TimerCommand) => {
    if (timed !== null) void actions.updateSession(timerChange(timed, command));
  };
  const announcement =
    timeUp === null
      ? ''
      : timeUp.onScreen
        ? t('workshop.timer.timeUp')
        : t('workshop.timer.timeUpFor', { step: t(STEP_NAME[timeUp.step]) });

  return (
    <section className="step-timer" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(timed === null ? 'workshop.timer.sessionHeading' : 'workshop.timer.heading')}
      </h3>
      {timer === null ? (
        <p className="muted">{t('workshop.timer.noTimer')}</p>
      ) : (
        <>
          <TimerFace timer={timer} now={now} className="timer-face" />
          <div className="timer-buttons">
            <button
              type="button"
              className="button button-primary"
              onClick={() => run(timer.runningSince === null ? 'start' : 'pause')}
            >
              {t(timer.runningSince === null ? 'workshop.timer.start' : 'workshop.timer.pause')}
            </button>
            <button type="button" className="button" onClick={() => run('add-time')}>
              {t('workshop.timer.addFive')}
            </button>
            <button type="button" className="button" onClick={() => run('reset')}>
              {t('workshop.timer.reset')}
            </button>
          </div>
        </>
      )}
      <p className="session-total">{t('workshop.timer.session', clock)}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={session?.sound ?? false}
          onChange={(e) => {
            const sound = e.target.checked;
            void actions.updateSession(() => ({ sound }));
          }}
        />
        {t('workshop.timer.sound')}
      </label>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
