import type { StepTimer } from '../../domain/model';
import { formatClock, isTimeUp, timerRemainingMs } from '../../domain/workshop/stepTimer';
import { useT } from '../../i18n/useT';
import { WarningIcon } from '../../ui/WarningIcon';
import './stepTimer.css';

interface Props {
  readonly timer: StepTimer;
  readonly now: number;
  /** Class of the face: the review page's or the presenter's look. */
  readonly className: string;
}

/**
 * A step's clock: the time left as minutes:seconds (`09:41`, `-01:20` over time) in an
 * element with role `timer` named "Timer", and its state in words: running, paused or
 * "Time is up" (with an icon and a heavier frame, never colour alone). The clock is not a
 * live region: a second-by-second announcement would be noise.
 */
export function TimerFace({ timer, now, className }: Props) {
  const t = useT();
  const up = isTimeUp(timer, now);
  const running = timer.runningSince !== null;
  return (
    <div className={`${className}${up ? ' is-up' : ''}${running ? ' is-running' : ''}`}>
      <p
        role="timer"
        aria-label={t('workshop.timer.label')}
        aria-live="off"
        className="timer-clock"
      >
        {formatClock(timerRemainingMs(timer, now))}
      </p>
      <p className="timer-state">
        {up ? (
          <>
            <WarningIcon />
            {t('workshop.timer.timeUp')}
          </>
        ) : running ? (
          t('workshop.timer.running')
        ) : timer.elapsedMs === 0 ? (
          t('workshop.timer.notStarted')
        ) : (
          t('workshop.timer.paused')
        )}
      </p>
    </div>
  );
}
