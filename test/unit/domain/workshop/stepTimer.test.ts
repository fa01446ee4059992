// Step timers of the 60-minute session (../shared/spec/workshop.md), `now` as a parameter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_MINUTES, type StepTimer } from '../../../../src/domain/model';
import {
  EXTRA_TIME_MS,
  MAX_ALLOTTED_MS,
  TIMED_STEPS,
  addTime,
  formatClock,
  initialTimer,
  isTimeUp,
  newSession,
  pauseTimer,
  resetTimer,
  sessionElapsedMs,
  startTimer,
  timerElapsedMs,
  timerRemainingMs,
} from '../../../../src/domain/workshop/stepTimer';
import { T0, makeSession } from '../../../factories/makeRecords';

const MIN = 60_000;
const timer = (o: Partial<StepTimer> = {}): StepTimer => ({
  allottedMs: 10 * MIN,
  elapsedMs: 0,
  runningSince: null,
  ...o,
});

describe('workshop.md — the play: step timers', () => {
  it('a paused timer shows the time run before; a running one adds the current run', () => {
    expect(timerElapsedMs(timer({ elapsedMs: 3 * MIN }), T0 + 99 * MIN)).toBe(3 * MIN);
    const running = timer({ elapsedMs: 3 * MIN, runningSince: T0 });
    expect(timerElapsedMs(running, T0 + 2 * MIN)).toBe(5 * MIN);
    expect(timerRemainingMs(running, T0 + 2 * MIN)).toBe(5 * MIN);
  });

  it('a clock that went backwards adds no time, never negative time', () => {
    const running = timer({ elapsedMs: MIN, runningSince: T0 });
    expect(timerElapsedMs(running, T0 - 5 * MIN)).toBe(MIN);
  });

  it('remaining time is signed: negative once the step runs over', () => {
    const running = timer({ runningSince: T0 });
    expect(timerRemainingMs(running, T0 + 11 * MIN + 20_000)).toBe(-(MIN + 20_000));
  });

  it('time is up at exactly the allotted time, not a millisecond before', () => {
    const running = timer({ runningSince: T0 });
    expect(isTimeUp(running, T0 + 10 * MIN - 1)).toBe(false);
    expect(isTimeUp(running, T0 + 10 * MIN)).toBe(true);
    expect(isTimeUp(running, T0 + 20 * MIN)).toBe(true);
    expect(isTimeUp(timer({ allottedMs: 0 }), T0)).toBe(true);
  });

  it('start sets the running start; starting a running timer changes nothing', () => {
    const started = startTimer(timer({ elapsedMs: MIN }), T0);
    expect(started).toEqual(timer({ elapsedMs: MIN, runningSince: T0 }));
    expect(startTimer(started, T0 + 5 * MIN)).toBe(started);
  });

  it('pause folds the current run into the time run; pausing a paused timer changes nothing', () => {
    const paused = pauseTimer(timer({ elapsedMs: MIN, runningSince: T0 }), T0 + 2 * MIN);
    expect(paused).toEqual(timer({ elapsedMs: 3 * MIN, runningSince: null }));
    expect(pauseTimer(paused, T0 + 9 * MIN)).toBe(paused);
  });

  it('+5 minutes adds to the allotted time and keeps the run', () => {
    const running = timer({ elapsedMs: MIN, runningSince: T0 });
    expect(addTime(running)).toEqual({ ...running, allottedMs: 15 * MIN });
    expect(EXTRA_TIME_MS).toBe(5 * MIN);
    expect(addTime(running, 2 * MIN).allottedMs).toBe(12 * MIN);
  });

  it('added time stays within 0 and the stored limit of 24 hours', () => {
    expect(addTime(timer(), -60 * MIN).allottedMs).toBe(0);
    expect(addTime(timer({ allottedMs: MAX_ALLOTTED_MS - MIN }), 5 * MIN).allottedMs).toBe(
      MAX_ALLOTTED_MS,
    );
  });

  it('reset: nothing run, paused, allotted time (with added minutes) kept', () => {
    const t = addTime(timer({ elapsedMs: 4 * MIN, runningSince: T0 }));
    expect(resetTimer(t)).toEqual({ allottedMs: 15 * MIN, elapsedMs: 0, runningSince: null });
  });

  it('the play gives each step its minutes, 60 in all', () => {
    expect(TIMED_STEPS).toEqual(['walk', 'gaps', 'assess', 'root-causes', 'plan']);
    expect(TIMED_STEPS.map((s) => initialTimer(s).allottedMs / MIN)).toEqual([10, 10, 15, 15, 10]);
    expect(TIMED_STEPS.reduce((sum, s) => sum + STEP_MINUTES[s], 0)).toBe(60);
  });

  it('session time is the sum of the five steps, running ones up to now', () => {
    const session = makeSession({
      timers: {
        walk: timer({ elapsedMs: 11 * MIN }),
        gaps: timer({ elapsedMs: 9 * MIN }),
        assess: timer({ elapsedMs: 2 * MIN, runningSince: T0 }),
        'root-causes': timer(),
        plan: timer(),
      },
    });
    expect(sessionElapsedMs(session, T0 + 3 * MIN)).toBe(25 * MIN);
    expect(sessionElapsedMs(makeSession(), T0)).toBe(0);
  });

  it('a new session starts at the preparation with the play’s defaults', () => {
    const s = newSession({ id: 's-1', reviewId: 'rev-9' }, T0);
    expect(s).toEqual({
      id: 's-1',
      reviewId: 'rev-9',
      step: 'preparation',
      timers: {
        walk: { allottedMs: 10 * MIN, elapsedMs: 0, runningSince: null },
        gaps: { allottedMs: 10 * MIN, elapsedMs: 0, runningSince: null },
        assess: { allottedMs: 15 * MIN, elapsedMs: 0, runningSince: null },
        'root-causes': { allottedMs: 15 * MIN, elapsedMs: 0, runningSince: null },
        plan: { allottedMs: 10 * MIN, elapsedMs: 0, runningSince: null },
      },
      anonymous: false,
      votesPerParticipant: 3,
      votesRevealed: false,
      sound: false,
      facilitator: null,
      updatedAt: T0,
    });
  });

  it('the functions never change the timer they are given', () => {
    const t = Object.freeze(timer({ elapsedMs: MIN, runningSince: T0 }));
    pauseTimer(t, T0 + MIN);
    addTime(t);
    resetTimer(t);
    startTimer(Object.freeze(timer()), T0);
    expect(t).toEqual(timer({ elapsedMs: MIN, runningSince: T0 }));
  });
});

describe('timers — properties', () => {
  const instant = fc.integer({ min: T0, max: T0 + 10 * 3_600_000 });

  it('any sequence of start/pause at increasing instants runs exactly the running time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 * MIN }), { maxLength: 20 }), (steps) => {
        let t = initialTimer('assess');
        let now = T0;
        let expected = 0;
        steps.forEach((dt, i) => {
          if (t.runningSince !== null) expected += dt;
          now += dt;
          t = i % 2 === 0 ? startTimer(t, now) : pauseTimer(t, now);
        });
        expect(timerElapsedMs(t, now)).toBe(expected);
        expect(timerRemainingMs(t, now)).toBe(15 * MIN - expected);
      }),
    );
  });

  it('pausing and resuming at the same instant changes nothing measurable', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [since, now] = a <= b ? [a, b] : [b, a];
        const t = timer({ elapsedMs: MIN, runningSince: since });
        const again = startTimer(pauseTimer(t, now), now);
        expect(timerElapsedMs(again, now + MIN)).toBe(timerElapsedMs(t, now + MIN));
      }),
    );
  });

  it('elapsed never decreases as now moves forward', () => {
    fc.assert(
      fc.property(instant, instant, instant, (since, a, b) => {
        const t = timer({ runningSince: since });
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(timerElapsedMs(t, late)).toBeGreaterThanOrEqual(timerElapsedMs(t, early));
      }),
    );
  });
});

describe('formatClock — minutes:seconds', () => {
  it.each([
    [0, '00:00'],
    [9 * MIN + 41_000, '09:41'],
    [10 * MIN, '10:00'],
    [59_000, '00:59'],
    [100 * MIN, '100:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('rounds up to whole seconds, so 00:00 shows only once the time is up', () => {
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(9 * MIN + 40_001)).toBe('09:41');
    expect(formatClock(999)).toBe('00:01');
  });

  it('over time counts on with a minus sign, never “-00:00”', () => {
    expect(formatClock(-(MIN + 20_000))).toBe('-01:20');
    expect(formatClock(-1)).toBe('00:00');
    expect(formatClock(-999)).toBe('00:00');
    expect(formatClock(-1000)).toBe('-00:01');
    expect(formatClock(-0)).toBe('00:00');
  });

  it('a value that is not a finite number shows --:--', () => {
    expect(formatClock(Number.NaN)).toBe('--:--');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('--:--');
  });

  it('property: the text reads back as the value rounded up to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (ms) => {
        const m = /^(-?)(\d{2,}):(\d{2})$/.exec(formatClock(ms));
        expect(m).not.toBeNull();
        const [, sign, mm, ss] = m ?? [];
        expect(Number(ss)).toBeLessThan(60);
        const seconds = (Number(mm) * 60 + Number(ss)) * (sign === '-' ? -1 : 1);
        expect(seconds).toBe(Math.ceil(ms / 1000) || 0);
      }),
    );
  });
});
