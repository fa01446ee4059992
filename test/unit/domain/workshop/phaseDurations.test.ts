// The preparation's phase questions ↔ phase bands (../shared/spec/workshop.md, preparation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASE_KINDS } from '../../../../src/domain/model';
import {
  durationsOf,
  invalidPhaseDurations,
  phaseSpansFromDurations,
  phasesFromDurations,
  type PhaseDurations,
} from '../../../../src/domain/workshop/phaseDurations';
import { T0, at, makePhase } from '../../../factories/makeRecords';

const ids = {
  reviewId: 'rev-7',
  phaseIds: { investigation: 'p-i', escalation: 'p-e', decision: 'p-d', change: 'p-c' },
  updatedAt: at(500),
};
const d = (o: Partial<PhaseDurations> = {}): PhaseDurations => ({
  investigation: null,
  escalation: null,
  decision: null,
  change: null,
  ...o,
});

describe('workshop.md — preparation: phase durations', () => {
  it('phases run one after another from the alert, in investigation → change order', () => {
    const phases = phasesFromDurations(
      T0,
      d({ investigation: 45, escalation: 15, decision: 10, change: 30 }),
      ids,
    );
    expect(phases).toEqual([
      {
        id: 'p-i',
        reviewId: 'rev-7',
        kind: 'investigation',
        start: at(0),
        end: at(45),
        updatedAt: at(500),
      },
      {
        id: 'p-e',
        reviewId: 'rev-7',
        kind: 'escalation',
        start: at(45),
        end: at(60),
        updatedAt: at(500),
      },
      {
        id: 'p-d',
        reviewId: 'rev-7',
        kind: 'decision',
        start: at(60),
        end: at(70),
        updatedAt: at(500),
      },
      {
        id: 'p-c',
        reviewId: 'rev-7',
        kind: 'change',
        start: at(70),
        end: at(100),
        updatedAt: at(500),
      },
    ]);
  });

  it('an unanswered phase is skipped: the next starts where the last answered one ended', () => {
    const spans = phaseSpansFromDurations(T0, d({ investigation: 30, change: 20 }));
    expect(spans).toEqual([
      { kind: 'investigation', start: at(0), end: at(30) },
      { kind: 'change', start: at(30), end: at(50) },
    ]);
    expect(phaseSpansFromDurations(T0, d())).toEqual([]);
  });

  it('0 minutes is an answer: a band with no width', () => {
    expect(phaseSpansFromDurations(T0, d({ decision: 0 }))).toEqual([
      { kind: 'decision', start: T0, end: T0 },
    ]);
  });

  it('fractions of a minute are kept, rounded to the millisecond', () => {
    const [span] = phaseSpansFromDurations(T0, d({ escalation: 1 / 3 }));
    expect(span?.end).toBe(T0 + 20_000);
  });

  it('a negative or non-finite duration is named for the form and refused, never guessed', () => {
    const bad = d({ investigation: -5, escalation: Number.NaN, decision: 10, change: Infinity });
    expect(invalidPhaseDurations(bad)).toEqual(['investigation', 'escalation', 'change']);
    expect(invalidPhaseDurations(d({ investigation: 0 }))).toEqual([]);
    expect(() => phasesFromDurations(T0, bad, ids)).toThrow(RangeError);
    expect(() => phaseSpansFromDurations(T0, d({ decision: -1 }))).toThrow(/decision/);
  });

  it('durationsOf: minutes per kind, null when the timeline has no band of that kind', () => {
    expect(
      durationsOf([
        makePhase({ kind: 'escalation', start: at(10), end: at(25) }),
        makePhase({ kind: 'change', start: at(100), end: at(100) }),
      ]),
    ).toEqual(d({ escalation: 15, change: 0 }));
    expect(durationsOf([])).toEqual(d());
  });

  it('durationsOf: a kind drawn as several bands gets their total; gaps between bands do not matter', () => {
    expect(
      durationsOf([
        makePhase({ kind: 'investigation', start: at(0), end: at(20) }),
        makePhase({ kind: 'investigation', start: at(50), end: at(60) }),
      ]).investigation,
    ).toBe(30);
  });
});

describe('phase durations — properties', () => {
  const minutes = fc.option(fc.integer({ min: 0, max: 48 * 60 }), { nil: null });
  const seconds = fc.option(
    fc.integer({ min: 0, max: 48 * 3600 }).map((s) => s / 60),
    { nil: null },
  );
  const durations = (m: fc.Arbitrary<number | null>) =>
    fc.record({ investigation: m, escalation: m, decision: m, change: m });

  it('round trip: durationsOf(phasesFromDurations(d)) = d (whole minutes, exactly)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e12 }), durations(minutes), (alert, ds) => {
        expect(durationsOf(phasesFromDurations(alert, ds, ids))).toEqual(ds);
      }),
    );
  });

  it('round trip to the second with fractional minutes', () => {
    fc.assert(
      fc.property(durations(seconds), (ds) => {
        const back = durationsOf(phaseSpansFromDurations(T0, ds));
        for (const kind of PHASE_KINDS) {
          const want = ds[kind];
          if (want === null) expect(back[kind]).toBeNull();
          else expect(back[kind]).toBeCloseTo(want, 9);
        }
      }),
    );
  });

  it('round trip the other way: consecutive bands from the alert come back unchanged', () => {
    fc.assert(
      fc.property(durations(minutes), (ds) => {
        const spans = phaseSpansFromDurations(T0, ds);
        expect(phaseSpansFromDurations(T0, durationsOf(spans))).toEqual(spans);
      }),
    );
  });

  it('bands are contiguous from the alert, in kind order, and end at alert + total', () => {
    fc.assert(
      fc.property(durations(minutes), (ds) => {
        const spans = phaseSpansFromDurations(T0, ds);
        spans.forEach((s, i) => expect(s.start).toBe(i === 0 ? T0 : spans[i - 1]?.end));
        const order = spans.map((s) => PHASE_KINDS.indexOf(s.kind));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const total = PHASE_KINDS.reduce((sum, k) => sum + (ds[k] ?? 0), 0);
        expect(spans.at(-1)?.end ?? T0).toBe(T0 + total * 60_000);
      }),
    );
  });
});
