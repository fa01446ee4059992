// "What if" updates: the gap analysis of ../shared/spec/gaps.md as if they had been sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeChannels } from '../../../../src/domain/gaps/analyzeChannels';
import { analyzeGaps, type GapInput } from '../../../../src/domain/gaps/analyzeGaps';
import { gapEndLabel } from '../../../../src/domain/gaps/gapEndLabel';
import type { GapAnalysis } from '../../../../src/domain/gaps/types';
import type { Communication } from '../../../../src/domain/model';
import {
  WHAT_IF_CHANNEL_ID,
  WHAT_IF_CHANNEL_NAME,
  analyzeWithWhatIfs,
  whatIfDelta,
  withWhatIfs,
} from '../../../../src/domain/workshop/whatIfAnalysis';
import {
  at,
  makeChannel,
  makeCommunication,
  makeIncident,
  makeWhatIf,
} from '../../../factories/makeRecords';

const status = makeChannel({ id: 'ch-status', name: 'Status page' });

/** A = T0; updates at +10 and +70; resolution update at +100 → gaps 10, 60, 30. */
function incident(o: { communications?: Communication[] } = {}): GapInput {
  return {
    incident: makeIncident(),
    channels: [status],
    communications: o.communications ?? [
      makeCommunication({ id: 'u1', instant: at(10), order: 1 }),
      makeCommunication({ id: 'u2', instant: at(70), order: 2 }),
      makeCommunication({ id: 'r', instant: at(100), order: 3, kind: 'resolution' }),
    ],
  };
}

function ok(a: GapAnalysis): Extract<GapAnalysis, { ok: true }> {
  if (!a.ok) throw new Error(`expected an analysis, got ${a.error.code}`);
  return a;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('what-if updates — the gaps as if they had been sent', () => {
  it('hand-worked: a what-if at +40 splits the 60-minute gap into 30 + 30', () => {
    const input = incident();
    const before = analyzeGaps(input);
    expect(ok(before).gaps.map((g) => g.minutes)).toEqual([10, 60, 30]);
    expect(ok(before).summary).toMatchObject({
      longestGap: 60,
      gapsOverTarget: 1,
      minutesOverTarget: 30,
    });

    const after = analyzeWithWhatIfs(input, [makeWhatIf({ id: 'w1', instant: at(40) })]);
    expect(ok(after).gaps.map((g) => g.minutes)).toEqual([10, 30, 30, 30]);
    expect(ok(after).gaps.map((g) => g.status)).toEqual(['ok', 'late', 'late', 'late']);
    expect(ok(after).gaps.map((g) => gapEndLabel(g.toEnd))).toEqual([
      'Update 1',
      'Update 2',
      'Update 3',
      'Resolution update',
    ]);
    expect(ok(after).summary).toMatchObject({
      updateCount: 3,
      longestGap: 30,
      gapsOverTarget: 0,
      minutesOverTarget: 0,
      coverage: 1,
    });

    expect(whatIfDelta(before, after)).toEqual({
      timeToFirstUpdate: { before: 10, after: 10 },
      longestGap: { before: 60, after: 30 },
      gapsOverTarget: { before: 1, after: 0 },
      minutesOverTarget: { before: 30, after: 0 },
    });
  });

  it('the what-ifs are updates on a channel named "What if", reported per channel', () => {
    const input = withWhatIfs(incident(), [
      makeWhatIf({ id: 'w1', instant: at(5) }),
      makeWhatIf({ id: 'w2', instant: at(40) }),
    ]);
    const after = ok(analyzeGaps(input));
    const channel = analyzeChannels(input, after).find((c) => c.channelId === WHAT_IF_CHANNEL_ID);
    expect(channel?.channel).toBe(WHAT_IF_CHANNEL_NAME);
    expect(WHAT_IF_CHANNEL_NAME).toBe('What if');
    expect(channel?.gaps.map((g) => g.minutes)).toEqual([5, 35, 60]);
    expect(after.summary.timeToFirstUpdate).toBe(5);
  });

  it('the real analysis is unchanged: inputs are never mutated', () => {
    const input = deepFreeze(incident());
    const whatIfs = deepFreeze([makeWhatIf({ instant: at(40) }), makeWhatIf({ instant: at(5) })]);
    const snapshot = structuredClone(input);
    const real = analyzeGaps(input);
    analyzeWithWhatIfs(input, whatIfs);
    expect(input).toEqual(snapshot);
    expect(analyzeGaps(input)).toEqual(real);
  });

  it('no what-ifs: exactly the real analysis', () => {
    const input = incident();
    expect(analyzeWithWhatIfs(input, [])).toEqual(analyzeGaps(input));
  });

  it('a what-if at the instant of a real update joins its moment, after it', () => {
    const after = ok(analyzeWithWhatIfs(incident(), [makeWhatIf({ id: 'w1', instant: at(70) })]));
    expect(after.gaps.map((g) => g.minutes)).toEqual([10, 60, 30]);
    expect(after.summary.updateCount).toBe(2);
  });

  it('the same rules apply: after the resolution update it changes nothing; before A it is reported', () => {
    const late = ok(analyzeWithWhatIfs(incident(), [makeWhatIf({ instant: at(120) })]));
    expect(late.gaps.map((g) => g.minutes)).toEqual([10, 60, 30]);
    const early = makeWhatIf({ id: 'early', instant: at(-5) });
    const a = ok(analyzeWithWhatIfs(incident(), [early]));
    expect(a.gaps.map((g) => g.minutes)).toEqual([10, 60, 30]);
    expect(a.warnings).toEqual([
      expect.objectContaining({ code: 'update-before-alert', communicationIds: ['early'] }),
    ]);
  });

  it('an incident with no updates: a what-if gives it its first update', () => {
    const input = incident({
      communications: [makeCommunication({ instant: at(90), kind: 'resolution', order: 1 })],
    });
    const before = analyzeGaps(input);
    const after = analyzeWithWhatIfs(input, [makeWhatIf({ instant: at(15) })]);
    expect(whatIfDelta(before, after)).toEqual({
      timeToFirstUpdate: { before: null, after: 15 },
      longestGap: { before: 90, after: 75 },
      gapsOverTarget: { before: 1, after: 1 },
      minutesOverTarget: { before: 60, after: 45 },
    });
  });

  it('a failed analysis (no alert) gives null figures', () => {
    const input = { ...incident(), incident: makeIncident({ alert: null }) };
    const before = analyzeGaps(input);
    const after = analyzeWithWhatIfs(input, [makeWhatIf()]);
    expect(after.ok).toBe(false);
    expect(whatIfDelta(before, after).longestGap).toEqual({ before: null, after: null });
    expect(whatIfDelta(analyzeGaps(incident()), after).longestGap).toEqual({
      before: 60,
      after: null,
    });
  });

  it('property: what-ifs never lengthen the longest gap nor add time over target', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 130 }), { maxLength: 10 }), (minutes) => {
        const input = incident();
        const before = analyzeGaps(input);
        const after = analyzeWithWhatIfs(
          input,
          minutes.map((m) => makeWhatIf({ instant: at(m) })),
        );
        const d = whatIfDelta(before, after);
        expect(d.longestGap.after ?? 0).toBeLessThanOrEqual(d.longestGap.before ?? 0);
        expect(d.minutesOverTarget.after ?? 0).toBeLessThanOrEqual(d.minutesOverTarget.before ?? 0);
        expect(ok(after).end).toEqual(ok(before).end);
        expect(analyzeGaps(input)).toEqual(before);
      }),
    );
  });
});
