// The completeness meter of ../shared/spec/workshop.md ("Before the session: preparation").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../../src/domain/model';
import {
  MISSING_ANSWERS,
  preparationCompleteness,
  type PreparationInput,
} from '../../../../src/domain/workshop/preparationCompleteness';
import {
  at,
  makeCommunication,
  makeIncident,
  makePhase,
  makePreparation,
} from '../../../factories/makeRecords';

const allPhases = [
  makePhase({ kind: 'investigation', start: at(0), end: at(30) }),
  makePhase({ kind: 'escalation', start: at(30), end: at(45) }),
  makePhase({ kind: 'decision', start: at(45), end: at(60) }),
  makePhase({ kind: 'change', start: at(60), end: at(90) }),
];

/** Every preparation answer given. */
const complete = (o: Partial<PreparationInput> = {}): PreparationInput => ({
  incident: makeIncident({ resolution: at(120), severity: 'serious' }),
  preparation: makePreparation({ expectedDuration: 'About two hours' }),
  phases: allPhases,
  communications: [makeCommunication({ kind: 'update' })],
  ...o,
});

describe('workshop.md — preparation: the completeness meter', () => {
  it('a fully answered preparation misses nothing (13 answers with only some affected)', () => {
    expect(preparationCompleteness(complete())).toEqual({ answered: 13, total: 13, missing: [] });
  });

  it('a new hand-typed review misses every answer, in the order the form asks', () => {
    const r = preparationCompleteness({
      incident: makeIncident({ alert: null }),
      preparation: null,
      phases: [],
      communications: [],
    });
    expect(r.missing).toEqual([
      'alert',
      'resolution',
      'phase-investigation',
      'phase-escalation',
      'phase-decision',
      'phase-change',
      'customer-impact',
      'communications',
      'severity',
      'expected-duration',
      'affected',
      'workaround',
    ]);
    expect(r).toMatchObject({ answered: 0, total: 12 });
  });

  it('first alert and resolution time are answers of the incident', () => {
    const r = preparationCompleteness(complete({ incident: makeIncident({ alert: null }) }));
    expect(r.missing).toEqual(['alert', 'resolution', 'severity']);
  });

  it('each phase is its own answer; a phase is answered when a band of its kind exists', () => {
    const r = preparationCompleteness(
      complete({ phases: allPhases.filter((p) => p.kind === 'escalation' || p.kind === 'change') }),
    );
    expect(r.missing).toEqual(['phase-investigation', 'phase-decision']);
  });

  it('communications: at least one customer-facing one; internal messages do not count', () => {
    const internalOnly = complete({ communications: [makeCommunication({ kind: 'internal' })] });
    expect(preparationCompleteness(internalOnly).missing).toEqual(['communications']);
    for (const kind of ['update', 'resolution', 'follow-up'] as const) {
      const r = preparationCompleteness(
        complete({ communications: [makeCommunication({ kind })] }),
      );
      expect(r.missing).toEqual([]);
    }
  });

  it('text answers need more than whitespace', () => {
    const r = preparationCompleteness(
      complete({
        preparation: makePreparation({ customerImpact: '  \n', expectedDuration: '\t' }),
      }),
    );
    expect(r.missing).toEqual(['customer-impact', 'expected-duration']);
  });

  it('affected: unanswered is missing; "all" needs no detail and asks one question less', () => {
    const unanswered = complete({
      preparation: makePreparation({ affected: null, expectedDuration: '2 h' }),
    });
    expect(preparationCompleteness(unanswered)).toEqual({
      answered: 11,
      total: 12,
      missing: ['affected'],
    });
    const all = complete({
      preparation: makePreparation({
        affected: 'all',
        affectedDetail: '',
        expectedDuration: '2 h',
      }),
    });
    expect(preparationCompleteness(all)).toEqual({ answered: 12, total: 12, missing: [] });
  });

  it('affected-detail: "some" with no detail is missing, right after affected', () => {
    const some = complete({
      preparation: makePreparation({
        affected: 'some',
        affectedDetail: ' ',
        expectedDuration: '2 h',
      }),
    });
    expect(preparationCompleteness(some)).toEqual({
      answered: 12,
      total: 13,
      missing: ['affected-detail'],
    });
  });

  it('workaround: null is missing, true needs the text, false ("none") is an answer', () => {
    const missing = (workaroundAvailable: boolean | null, workaround: string) =>
      preparationCompleteness(
        complete({
          preparation: makePreparation({
            workaroundAvailable,
            workaround,
            expectedDuration: '2 h',
          }),
        }),
      ).missing;
    expect(missing(null, 'Pay by bank transfer')).toEqual(['workaround']);
    expect(missing(true, '')).toEqual(['workaround']);
    expect(missing(true, 'Pay by bank transfer')).toEqual([]);
    expect(missing(false, '')).toEqual([]);
  });

  it('takes a whole review (ReviewData) as it is loaded', () => {
    const takesReview: (data: ReviewData) => unknown = preparationCompleteness;
    expect(takesReview).toBe(preparationCompleteness);
  });

  it('property: answered + missing = total, missing in form order, no duplicates', () => {
    const arb = fc.record({
      alert: fc.boolean(),
      resolution: fc.boolean(),
      severity: fc.boolean(),
      phases: fc.subarray(allPhases),
      kinds: fc.array(fc.constantFrom('update', 'resolution', 'follow-up', 'internal' as const)),
      prep: fc.option(
        fc.record({
          customerImpact: fc.constantFrom('', ' ', 'Error page'),
          expectedDuration: fc.constantFrom('', '2 h'),
          affected: fc.constantFrom(null, 'all' as const, 'some' as const),
          affectedDetail: fc.constantFrom('', 'EU'),
          workaroundAvailable: fc.constantFrom(null, true, false),
          workaround: fc.constantFrom('', 'Use the app'),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(arb, (s) => {
        const r = preparationCompleteness({
          incident: makeIncident({
            alert: s.alert ? at(0) : null,
            resolution: s.resolution ? at(60) : null,
            severity: s.severity ? 'minimal' : null,
          }),
          preparation: s.prep === null ? null : makePreparation(s.prep),
          phases: s.phases,
          communications: s.kinds.map((kind) => makeCommunication({ kind })),
        });
        expect(r.answered + r.missing.length).toBe(r.total);
        expect(r.total).toBe(s.prep?.affected === 'some' ? 13 : 12);
        const positions = r.missing.map((m) => MISSING_ANSWERS.indexOf(m));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(r.missing).size).toBe(r.missing.length);
      }),
    );
  });
});
