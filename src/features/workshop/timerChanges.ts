import type { Session, StepTimer, TimedStep } from '../../domain/model';
import {
  addTime,
  initialTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  TIMED_STEPS,
} from '../../domain/workshop/stepTimer';
import type { SessionChange } from '../../store/AppState';

export type TimerCommand = 'start' | 'pause' | 'add-time' | 'reset';

/** The step's stored timer, or the play's own before the session exists. */
export function timerOf(session: Session | null, step: TimedStep): StepTimer {
  return session?.timers[step] ?? initialTimer(step);
}

/** True while some step's timer runs. */
export function anyTimerRunning(session: Session | null): boolean {
  return session !== null && TIMED_STEPS.some((s) => session.timers[s].runningSince !== null);
}

/**
 * A button of the step timer as one session change (one saved write, one undo). Starting a
 * step pauses any other running step: one clock runs at a time, so the session total counts
 * each minute once.
 */
export function timerChange(step: TimedStep, command: TimerCommand): SessionChange {
  return (session, now) => {
    const timers = { ...session.timers };
    const timer = timers[step];
    if (command === 'start') {
      for (const other of TIMED_STEPS) {
        if (other !== step) timers[other] = pauseTimer(timers[other], now);
      }
      timers[step] = startTimer(timer, now);
    } else if (command === 'pause') {
      timers[step] = pauseTimer(timer, now);
    } else if (command === 'add-time') {
      timers[step] = addTime(timer);
    } else {
      timers[step] = resetTimer(timer);
    }
    return { timers };
  };
}
