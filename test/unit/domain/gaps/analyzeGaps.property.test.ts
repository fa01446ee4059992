// Property tests: invariants of the gap analysis over random incidents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeChannels } from '../../../../src/domain/gaps/analyzeChannels';
import { analyzeGaps } from '../../../../src/domain/gaps/analyzeGaps';
import { COMMUNICATION_KINDS } from '../../../../src/domain/model';
import type { Communication, CommunicationKind } from '../../../../src/domain/model';
import { T0, makeChannel, makeCommunication, makeIncident } from '../../../factories/makeRecords';

const channels = ['a', 'b', 'c'].map((id) => makeChannel({ id, name: `Channel ${id}` }));

const commArb = fc.record({
  offset: fc.integer({ min: -60 * 60_000, max: 10 * 60 * 60_000 }),
  kind: fc.constantFrom(...COMMUNICATION_KINDS),
  channelId: fc.constantFrom('a', 'b', 'c'),
});

const incidentArb = fc.record({
  comms: fc.array(commArb, { maxLength: 40 }),
  resolution: fc.option(fc.integer({ min: 0, max: 12 * 60 * 60_000 }), { nil: null }),
});

type Spec = {
  comms: { offset: number; kind: CommunicationKind; channelId: string }[];
  resolution: number | null;
};

function build(spec: Spec) {
  const communications: Communication[] = spec.comms.map((c, i) =>
    makeCommunication({
      id: `c${i}`,
      order: i,
      instant: T0 + c.offset,
      kind: c.kind,
      channelId: c.channelId,
    }),
  );
  const incident = makeIncident({
    resolution: spec.resolution === null ? null : T0 + spec.resolution,
  });
  return { incident, channels, communications };
}

describe('analyzeGaps — properties', () => {
  it('gaps sum to end − alert, are never negative and are contiguous', () => {
    fc.assert(
      fc.property(incidentArb, (spec) => {
        const input = build(spec);
        const a = analyzeGaps(input);
        if (!a.ok) return;
        const sum = a.gaps.toArray().reduce((s, g) => s + g.minutes, 0);
        expect(sum).toBeCloseTo((a.end.instant - a.alert) / 60_000, 6);
        for (const g of a.gaps) expect(g.minutes).toBeGreaterThanOrEqual(0);
        a.gaps.toArray().forEach((g, i) => {
          if (i > 0) expect(g.from).toBe(a.gaps.at(i - 1)?.to);
        });
        expect(a.gaps.at(0)?.from).toBe(a.alert);
        expect(a.gaps.at(-1)?.to).toBe(a.end.instant);
        for (const ch of analyzeChannels(input, a)) {
          const s = ch.gaps.toArray().reduce((t, g) => t + g.minutes, 0);
          expect(s).toBeCloseTo((a.end.instant - a.alert) / 60_000, 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('permuting the input changes nothing', () => {
    fc.assert(
      fc.property(
        incidentArb.chain((spec) =>
          fc.tuple(
            fc.constant(spec),
            fc.shuffledSubarray(
              spec.comms.map((_, i) => i),
              { minLength: spec.comms.length },
            ),
          ),
        ),
        ([spec, perm]) => {
          const input = build(spec);
          const shuffled = {
            ...input,
            communications: perm.map((i) => input.communications[i] as Communication),
          };
          const a = analyzeGaps(input);
          expect(analyzeGaps(shuffled)).toEqual(a);
          if (a.ok) expect(analyzeChannels(shuffled, a)).toEqual(analyzeChannels(input, a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on one channel, its figures are the overall figures', () => {
    fc.assert(
      fc.property(incidentArb, (spec) => {
        const input = build({ ...spec, comms: spec.comms.map((c) => ({ ...c, channelId: 'b' })) });
        const a = analyzeGaps(input);
        if (!a.ok) return;
        const own = analyzeChannels(input, a);
        if (input.communications.every((c) => c.kind === 'internal')) {
          expect(own).toEqual([]);
          return;
        }
        expect(own.map((c) => [c.channelId, c.channel])).toEqual([['b', 'Channel b']]);
        expect(own[0]?.gaps).toEqual(a.gaps);
        expect(own[0]?.summary).toEqual(a.summary);
      }),
      { numRuns: 300 },
    );
  });

  it('coverage stays within 0–1 and summary counts agree with the gap list', () => {
    fc.assert(
      fc.property(incidentArb, (spec) => {
        const a = analyzeGaps(build(spec));
        if (!a.ok) return;
        expect(a.summary.coverage).toBeGreaterThanOrEqual(0);
        expect(a.summary.coverage).toBeLessThanOrEqual(1 + 1e-12);
        expect(a.summary.gapsOverTarget).toBe(
          a.gaps.toArray().filter((g) => g.status === 'gap').length,
        );
        expect(a.summary.updateCount).toBe(a.gaps.length - 1);
        expect(a.gaps.toArray().some((g) => g.longest)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The rules of gaps.md written the plain way, a pass for each (sort; find the resolution
 * update; the end; the updates before the cut): `analyzeGaps` does them in one pass.
 */
function reference(input: ReturnType<typeof build>) {
  const alert = input.incident.alert as number;
  const sorted = [...input.communications].sort(
    (a, b) => a.instant - b.instant || a.order - b.order,
  );
  const R = input.incident.resolution;
  const ru = sorted.find((c) => c.kind === 'resolution');
  if (ru !== undefined && ru.instant < alert) return { error: 'end-before-alert' };
  if (R !== null && R < alert) return { error: 'end-before-alert' };
  const last = sorted.filter((c) => c.kind !== 'internal').at(-1);
  const end =
    ru !== undefined
      ? { instant: ru.instant, kind: 'resolution-update' }
      : R !== null
        ? { instant: R, kind: 'resolution' }
        : { instant: last?.instant ?? alert, kind: 'last-message' };
  if (end.instant < alert) return { error: 'end-before-alert' };
  const cutoff = ru !== undefined ? ru.instant : R;
  const counted = sorted.filter(
    (c) => c.kind === 'update' && (cutoff === null || c.instant < cutoff),
  );
  const beforeAlert = counted.filter((c) => c.instant < alert).map((c) => c.id);
  const moments = [...new Set(counted.filter((c) => c.instant >= alert).map((c) => c.instant))];
  const ends = [alert, ...moments, end.instant];
  return {
    end,
    minutes: ends.slice(1).map((to, i) => (to - (ends[i] as number)) / 60_000),
    beforeAlert,
    updateCount: moments.length,
  };
}

// Coarse instants (ten-minute steps, a narrow range) so that ties are common: several
// messages at one moment, at the resolution, at the alert.
const tiedArb = fc.record({
  comms: fc.array(
    fc.record({
      offset: fc.integer({ min: -3, max: 12 }).map((k) => k * 10 * 60_000),
      kind: fc.constantFrom(...COMMUNICATION_KINDS),
      channelId: fc.constantFrom('a', 'b', 'c'),
    }),
    { maxLength: 30 },
  ),
  resolution: fc.option(
    fc.integer({ min: -1, max: 12 }).map((k) => k * 10 * 60_000),
    { nil: null },
  ),
});

describe('analyzeGaps — one pass equals the rules applied one by one', () => {
  it('gives the end, the gaps, the updates before the alert and the count of a plain reading', () => {
    fc.assert(
      fc.property(tiedArb, fc.boolean(), (spec, inOrder) => {
        const input = build(spec);
        const communications = inOrder
          ? [...input.communications].sort((a, b) => a.instant - b.instant || a.order - b.order)
          : input.communications;
        const want = reference(input);
        const got = analyzeGaps({ ...input, communications });
        if ('error' in want) {
          expect(got.ok ? 'ok' : got.error.code).toBe(want.error);
          return;
        }
        if (!got.ok) throw new Error(got.error.message);
        expect(got.end).toEqual(want.end);
        expect(got.gaps.toArray().map((g) => g.minutes)).toEqual(want.minutes);
        expect(
          got.warnings.find((w) => w.code === 'update-before-alert')?.communicationIds ?? [],
        ).toEqual(want.beforeAlert);
        expect(got.summary.updateCount).toBe(want.updateCount);
      }),
      { numRuns: 500 },
    );
  });
});
