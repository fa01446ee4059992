import { useEffect, useRef, useState } from 'react';
import type { Session, TimedStep, WorkshopStep } from '../../domain/model';
import { isTimeUp, TIMED_STEPS } from '../../domain/workshop/stepTimer';
import { playBeep } from './playBeep';
import { timerOf } from './timerChanges';

type UpState = ReadonlyMap<TimedStep, boolean>;

function upState(session: Session | null, now: number): UpState {
  return new Map(TIMED_STEPS.map((s) => [s, isTimeUp(timerOf(session, s), now)]));
}

/** A step's time ran out; `onScreen`: it was the step shown at that moment. */
export interface TimeUp {
  readonly step: TimedStep;
  readonly onScreen: boolean;
}

/**
 * The step whose running timer just reached zero (seen while this component is on screen),
 * kept unchanged (so a live region says it once) until that timer gets time again (+5 min,
 * Reset); null otherwise. At that moment it plays the chime once when the session's sound
 * is on. A timer already over time when the page opens is shown as such, not announced.
 */
export function useTimeUpSignal(
  session: Session | null,
  now: number,
  shown: WorkshopStep,
): TimeUp | null {
  const seen = useRef<UpState | null>(null);
  const [upStep, setUpStep] = useState<TimeUp | null>(null);
  const sound = session?.sound ?? false;

  useEffect(() => {
    const next = upState(session, now);
    const before = seen.current;
    seen.current = next;
    if (before === null) return;
    const crossed = TIMED_STEPS.find(
      (s) =>
        next.get(s) === true &&
        before.get(s) === false &&
        timerOf(session, s).runningSince !== null,
    );
    if (crossed !== undefined) {
      setUpStep({ step: crossed, onScreen: crossed === shown });
      if (sound) playBeep();
    } else if (upStep !== null && next.get(upStep.step) !== true) {
      setUpStep(null);
    }
  }, [session, now, sound, upStep, shown]);

  return upStep;
}
