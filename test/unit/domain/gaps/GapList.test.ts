// The gap list kept as its instants (issue "Fast at real sizes"): every figure read by index
// is the one the plain construction of gaps.md's rules gives, record by record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GapList, gapListOf } from '../../../../src/domain/gaps/GapList';
import { gapStatus } from '../../../../src/domain/gaps/gapStatus';
import type { EndKind, Gap, GapEnd } from '../../../../src/domain/gaps/types';
import type { Target } from '../../../../src/domain/model';

const T0 = Date.UTC(2026, 2, 1, 9, 0);
const TARGET: Target = { ideal: 20, max: 30 };

/** Rules 2, 4, 5, 6 written out the plain way: one record per consecutive pair. */
function plainGaps(points: readonly number[], endKind: EndKind, target: Target): Gap[] {
  const endAt = (k: number): GapEnd =>
    k === 0
      ? { kind: 'alert' }
      : k === points.length - 1
        ? { kind: endKind }
        : { kind: 'update', n: k };
  const gaps = points.slice(1).map((to, i) => {
    const from = points[i] as number;
    const minutes = (to - from) / 60_000;
    return {
      from,
      to,
      fromEnd: endAt(i),
      toEnd: endAt(i + 1),
      minutes,
      status: gapStatus(minutes, target),
      longest: false,
    };
  });
  const longest = Math.max(...gaps.map((g) => g.minutes));
  return gaps.map((g) => ({ ...g, longest: g.minutes === longest }));
}

/** The gap holding `at` by a linear scan (the rule of notePlacement before the list). */
function scanIndex(gaps: readonly Gap[], at: number): number {
  const i = gaps.findIndex((g) => at >= g.from && at < g.to);
  if (i >= 0) return i;
  const last = gaps.at(-1);
  return last !== undefined && at === last.to ? gaps.length - 1 : -1;
}

/** Alert, distinct moments at or after it, and an end at or after the last moment. */
const listArb = fc
  .record({
    steps: fc.array(fc.integer({ min: 1, max: 90 * 60_000 }), { maxLength: 30 }),
    firstAtAlert: fc.boolean(),
    endAfter: fc.integer({ min: 0, max: 60 * 60_000 }),
    endKind: fc.constantFrom<EndKind>('resolution-update', 'resolution', 'last-message'),
    ideal: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ steps, firstAtAlert, endAfter, endKind, ideal }) => {
    const moments: number[] = [];
    let at = T0;
    steps.forEach((step, i) => {
      at += i === 0 && firstAtAlert ? 0 : step;
      moments.push(at);
    });
    const end = (moments.at(-1) ?? T0) + endAfter;
    return { moments, end, endKind, target: { ideal, max: ideal + 10 } };
  });

describe('GapList', () => {
  it('gives, record by record, what the plain construction of the rules gives', () => {
    fc.assert(
      fc.property(listArb, ({ moments, end, endKind, target }) => {
        const list = gapListOf(T0, moments, { instant: end, kind: endKind }, target);
        const plain = plainGaps([T0, ...moments, end], endKind, target);
        expect(list.length).toBe(plain.length);
        expect(Array.from(list.ends)).toEqual([T0, ...moments, end]);
        expect(list.toArray()).toEqual(plain);
        expect([...list]).toEqual(plain);
        expect(JSON.parse(JSON.stringify(list))).toEqual(plain);
        plain.forEach((g, i) => {
          expect(list.from(i)).toBe(g.from);
          expect(list.to(i)).toBe(g.to);
          expect(list.minutes(i)).toBe(g.minutes);
          expect(list.status(i)).toBe(g.status);
          expect(list.isLongest(i)).toBe(g.longest);
          expect(list.fromEnd(i)).toEqual(g.fromEnd);
          expect(list.toEnd(i)).toEqual(g.toEnd);
        });
        expect(list.map((g, i) => `${i}:${g.minutes}`)).toEqual(
          plain.map((g, i) => `${i}:${g.minutes}`),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the gap holding an instant as a scan of the records does, at every edge', () => {
    fc.assert(
      fc.property(
        listArb,
        fc.integer({ min: -60, max: 60 }),
        ({ moments, end, endKind, target }, nudge) => {
          const list = gapListOf(T0, moments, { instant: end, kind: endKind }, target);
          const plain = list.toArray();
          // Every end, a millisecond either side, a moment inside each gap, and far outside.
          const probes = [T0 - 86_400_000, end + 86_400_000, T0 + nudge * 60_000];
          for (const g of plain)
            probes.push(
              g.from - 1,
              g.from,
              g.from + 1,
              (g.from + g.to) / 2,
              g.to - 1,
              g.to,
              g.to + 1,
            );
          for (const at of probes) expect(list.indexAt(at)).toBe(scanIndex(plain, at));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes each record once and keeps it, and answers nothing outside the list', () => {
    const list = gapListOf(
      T0,
      [T0 + 10 * 60_000, T0 + 50 * 60_000],
      { instant: T0 + 60 * 60_000, kind: 'resolution' },
      TARGET,
    );
    expect(list.at(1)).toBe(list.at(1));
    expect(list.at(-1)).toBe(list.at(2));
    expect(list.at(-1)).toMatchObject({ minutes: 10, toEnd: { kind: 'resolution' } });
    expect(list.at(1)).toMatchObject({ minutes: 40, status: 'gap', longest: true });
    expect(list.at(3)).toBeUndefined();
    expect(list.at(-4)).toBeUndefined();
    expect(list.at(0.5)).toBeUndefined();
    expect(() => list.minutes(3)).toThrow(RangeError);
    expect(() => list.toEnd(-1)).toThrow(RangeError);
    expect(list.findIndex((l, i) => l.status(i) === 'gap')).toBe(1);
    expect(list.findIndex((l, i) => l.minutes(i) > 60)).toBe(-1);
  });

  it('has an empty list for a surface with no analysis', () => {
    expect(GapList.NONE.length).toBe(0);
    expect(GapList.NONE.toArray()).toEqual([]);
    expect(GapList.NONE.indexAt(T0)).toBe(-1);
    expect(GapList.NONE.at(0)).toBeUndefined();
    expect(() => new GapList(Float64Array.of(T0), 'resolution', TARGET)).toThrow(RangeError);
  });
});
