/**
 * The step timers of the session (`../shared/spec/workshop.md`: the 60-minute play, steps
 * 1–5 of 10, 10, 15, 15 and 10 minutes). A timer is stored as time run so far plus the
 * instant the current run started, so it survives a reload; every function here takes
 * `now` as a parameter and never reads a clock.
 *
 * Conventions (chosen here, relied on by the UI):
 * - a clock that went backwards (`now` before `runningSince`) adds nothing, never
 *   negative time;
 * - remaining time is signed: negative once the step runs over its allotted time;
 * - time is up at exactly the allotted time (remaining ≤ 0);
 * - reset keeps the allotted time (including minutes added with `addTime`); `initialTimer`
 *   gives the play's own minutes back.
 */
import {
  STEP_MINUTES,
  WORKSHOP_STEPS,
  type EpochMs,
  type Session,
  type StepTimer,
  type TimedStep,
} from '../model';

/** The "+5 minutes" button. */
export const EXTRA_TIME_MS = 5 * 60_000;

/** The longest a step may be given (the stored record's limit: 24 hours). */
export const MAX_ALLOTTED_MS = 24 * 3_600_000;

/** The timed steps in session order (every step but the preparation). */
export const TIMED_STEPS: readonly TimedStep[] = WORKSHOP_STEPS.filter(
  (s): s is TimedStep => s !== 'preparation',
);

/** A step's timer as the play sets it: its minutes, nothing run, paused. */
export function initialTimer(step: TimedStep): StepTimer {
  return { allottedMs: STEP_MINUTES[step] * 60_000, elapsedMs: 0, runningSince: null };
}

/** Time run so far: the stored runs plus the current one (never negative). */
export function timerElapsedMs(timer: StepTimer, now: EpochMs): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Allotted minus elapsed: negative when the step runs over. */
export function timerRemainingMs(timer: StepTimer, now: EpochMs): number {
  return timer.allottedMs - timerElapsedMs(timer, now);
}

/** True from the moment the allotted time has fully run (remaining ≤ 0). */
export function isTimeUp(timer: StepTimer, now: EpochMs): boolean {
  return timerRemainingMs(timer, now) <= 0;
}

/** Starts (or resumes) the timer at `now`; a running timer is returned unchanged. */
export function startTimer(timer: StepTimer, now: EpochMs): StepTimer {
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: now };
}

/** Pauses at `now`, folding the current run into `elapsedMs`; a paused timer is unchanged. */
export function pauseTimer(timer: StepTimer, now: EpochMs): StepTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: timerElapsedMs(timer, now), runningSince: null };
}

/**
 * Gives the step more time (the "+5 minutes" button by default); a negative `ms` takes
 * time away. The allotted time stays within 0 … `MAX_ALLOTTED_MS`. Running or paused
 * state and the time run so far are kept.
 */
export function addTime(timer: StepTimer, ms: number = EXTRA_TIME_MS): StepTimer {
  const allottedMs = Math.min(MAX_ALLOTTED_MS, Math.max(0, timer.allottedMs + ms));
  return { ...timer, allottedMs };
}

/** Back to the start of the step: nothing run, paused; the allotted time is kept. */
export function resetTimer(timer: StepTimer): StepTimer {
  return { allottedMs: timer.allottedMs, elapsedMs: 0, runningSince: null };
}

/** Total session time: the time run by the five step timers, summed. */
export function sessionElapsedMs(session: Pick<Session, 'timers'>, now: EpochMs): number {
  return TIMED_STEPS.reduce((sum, step) => sum + timerElapsedMs(session.timers[step], now), 0);
}

/**
 * A review's session before it starts: at the preparation step, every timer as the play
 * sets it, three votes per participant, authors shown, votes hidden, sound off.
 */
export function newSession(
  ids: { readonly id: string; readonly reviewId: string },
  now: EpochMs,
): Session {
  return {
    id: ids.id,
    reviewId: ids.reviewId,
    step: 'preparation',
    timers: {
      walk: initialTimer('walk'),
      gaps: initialTimer('gaps'),
      assess: initialTimer('assess'),
      'root-causes': initialTimer('root-causes'),
      plan: initialTimer('plan'),
    },
    anonymous: false,
    votesPerParticipant: 3,
    votesRevealed: false,
    sound: false,
    facilitator: null,
    updatedAt: now,
  };
}

/**
 * A timer's clock, minutes:seconds (`09:41`; minutes grow past 99 rather than wrap).
 * Chosen display rules:
 * - whole seconds, rounded up (`Math.ceil`), so a countdown shows `10:00` at the start and
 *   `00:00` only once the time is up;
 * - over time, the clock counts on with a minus sign: `-01:20` is 1 min 20 s over. There is
 *   never a `-00:00`: the second after time is up shows `00:00`;
 * - a value that is not a finite number shows `--:--`.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--';
  const seconds = Math.ceil(ms / 1000);
  const abs = Math.abs(seconds);
  const mm = String(Math.floor(abs / 60)).padStart(2, '0');
  const ss = String(abs % 60).padStart(2, '0');
  return `${seconds < 0 ? '-' : ''}${mm}:${ss}`;
}
