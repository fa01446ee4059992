import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GapMarks, inReach } from '../../../../src/canvas/layout/GapMarks';
import {
  GAP_CULL_THRESHOLD,
  GAP_LABEL_EMS,
  GAP_LABEL_MIN_PX,
  GAP_MERGE_THRESHOLD,
  LONGEST_LABEL_EMS,
} from '../../../../src/canvas/layout/gapMarkLimits';
import type { SceneGap } from '../../../../src/canvas/layout/timelineScene';
import { cullGaps } from './cullGaps';

const gap = (index: number, x0: number, x1: number, o: Partial<SceneGap> = {}): SceneGap => ({
  index,
  x0,
  x1,
  minutes: 1,
  status: 'ok',
  longest: false,
  merged: 1,
  labelled: false,
  labelRow: 0,
  ...o,
});

/** `n` back-to-back gaps `w` px wide from x = 0, every `overEvery`-th over target. */
const row = (n: number, w: number, overEvery = 0): SceneGap[] =>
  Array.from({ length: n }, (_, i) =>
    gap(i, i * w, (i + 1) * w, overEvery > 0 && i % overEvery === 0 ? { status: 'gap' } : {}),
  );

describe('GapMarks', () => {
  it('keeps every gap of a scene of up to GAP_CULL_THRESHOLD gaps, even out of reach', () => {
    const gaps = row(GAP_CULL_THRESHOLD, 10);
    expect(cullGaps(gaps, 1_000)).toEqual(gaps);
  });

  it('reaches one screen either way', () => {
    expect(inReach(-1_000, -1_000, 1_000)).toBe(true);
    expect(inReach(-1_001, -1_000.5, 1_000)).toBe(false);
    expect(inReach(2_000, 2_500, 1_000)).toBe(true);
    expect(inReach(2_000.5, 2_500, 1_000)).toBe(false);
    // A mark wider than the reach, across it, is in reach.
    expect(inReach(-5_000, 5_000, 1_000)).toBe(true);
    expect(new GapMarks(1_000, GAP_CULL_THRESHOLD, 13).culls).toBe(false);
    expect(new GapMarks(1_000, GAP_CULL_THRESHOLD + 1, 13).culls).toBe(true);
  });

  it('merges runs of narrow in-target gaps of one status, keeping every over-target gap', () => {
    const n = GAP_MERGE_THRESHOLD + 10_000;
    const gaps = row(n, 0.01, n / 10);
    const out = cullGaps(gaps, 2_000);
    expect(out.filter((g) => g.status === 'gap')).toHaveLength(10);
    expect(out.length).toBeLessThanOrEqual(21);
    // Every gap is accounted for exactly once, and the bars still tile the line.
    expect(out.reduce((sum, g) => sum + g.merged, 0)).toBe(n);
    for (let i = 1; i < out.length; i++) expect(out[i]?.x0).toBeCloseTo(out[i - 1]?.x1 ?? 0, 6);
    expect(out.filter((g) => g.merged > 1).every((g) => g.status === 'ok')).toBe(true);
  });

  it('keeps wide gaps (they carry a label) and the longest one as marks of their own', () => {
    const m = GAP_MERGE_THRESHOLD;
    const gaps = [
      ...row(m, 0.001),
      gap(m, m * 0.001, m * 0.001 + 40, { status: 'late' }),
      gap(m + 1, m * 0.001 + 40, m * 0.001 + 40.2, { longest: true }),
      gap(m + 2, m * 0.001 + 40.2, m * 0.001 + 40.4),
    ];
    const out = cullGaps(gaps, 1_000);
    expect(out.map((g) => [g.index, g.merged])).toEqual([
      [0, m],
      [m, 1],
      [m + 1, 1],
      [m + 2, 1],
    ]);
  });

  it('does not merge below GAP_MERGE_THRESHOLD gaps: each in reach stays its own mark', () => {
    const gaps = row(GAP_MERGE_THRESHOLD, 0.01);
    const out = cullGaps(gaps, 1_000);
    expect(out).toHaveLength(GAP_MERGE_THRESHOLD);
    expect(out.every((g) => g.merged === 1)).toBe(true);
  });

  it('drops gaps that cannot come into view while panning one screen either way', () => {
    const gaps = row(1_000, 10);
    const out = cullGaps(gaps, 1_000);
    expect(Math.min(...out.map((g) => g.x0))).toBe(0);
    expect(Math.max(...out.map((g) => g.x1))).toBeLessThanOrEqual(2_010);
    expect(out.length).toBeLessThan(250);
  });
});

describe('GapMarks — labels', () => {
  const FONT = 13;
  const half = (g: SceneGap) => ((g.longest ? LONGEST_LABEL_EMS : GAP_LABEL_EMS) * FONT) / 2;
  const centre = (g: SceneGap) => (g.x0 + g.x1) / 2;
  const overlap = (a: SceneGap, b: SceneGap) => Math.abs(centre(a) - centre(b)) < half(a) + half(b);
  const wants = (g: SceneGap) =>
    g.merged === 1 && (g.x1 - g.x0 >= GAP_LABEL_MIN_PX || g.status === 'gap');

  it('labels gaps with room for their minutes, and every over-target gap with room around it', () => {
    const gaps = [
      gap(0, 0, 100),
      gap(1, 100, 110),
      gap(2, 110, 200, { status: 'late' }),
      gap(3, 400, 402, { status: 'gap' }),
    ];
    expect(cullGaps(gaps, 1_000, FONT).map((g) => g.labelled)).toEqual([true, false, true, true]);
  });

  it('shows no two labels that overlap, and hides a label only where another one is', () => {
    const marks = fc.array(
      fc.record({
        w: fc.double({ min: 0.5, max: 120, noNaN: true }),
        status: fc.constantFrom('ok' as const, 'late' as const, 'gap' as const),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(marks, fc.nat(), (spec, pick) => {
        let x = 0;
        const gaps = spec.map((s, i) => {
          const g = gap(i, x, x + s.w, { status: s.status });
          x += s.w;
          return g;
        });
        const longest = spec.length === 0 ? -1 : pick % spec.length;
        const input = gaps.map((g) => (g.index === longest ? { ...g, longest: true } : g));
        const out = cullGaps(input, 100_000, FONT);
        const shown = out.filter((g) => g.labelled);
        for (let i = 1; i < shown.length; i++) {
          expect(overlap(shown[i - 1] as SceneGap, shown[i] as SceneGap)).toBe(false);
        }
        for (const g of out) {
          if (g.labelled) expect(wants(g)).toBe(true);
          else if (wants(g)) expect(shown.some((s) => overlap(s, g))).toBe(true);
        }
        // The longest gap always says so, whatever is around it.
        const top = out.find((g) => g.longest);
        if (top !== undefined && wants(top)) expect(top.labelled).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves the alert's and the resolution's names uncovered by over-target labels", () => {
    // The alert at x = 0, the resolution at x = 1,000; labels are 6 font sizes wide.
    const gaps = [
      gap(0, 0, 20, { status: 'gap' }),
      gap(1, 20, 40),
      gap(2, 300, 340, { status: 'gap' }),
      gap(3, 600, 640, { status: 'gap', longest: true }),
      gap(4, 990, 1_000, { status: 'gap' }),
    ];
    const marks = new GapMarks(100_000, gaps.length, FONT);
    for (const g of gaps) marks.add(g.index, g.x0, g.x1, g.minutes, g.status, g.longest);
    const out = marks.marks([
      { x: 0, row: 0 },
      { x: 1_000, row: 0 },
    ]);
    expect(out.map((g) => g.labelled)).toEqual([
      false, // over target, over the alert's name
      false, // too narrow for its minutes
      true,
      true, // the longest says so wherever it is
      false, // over target, over the resolution's name
    ]);
  });

  it('lifts the longest label a row, or two, off the names it would cover; never the others', () => {
    const longestAt = (x0: number, x1: number, ends: { x: number; row: number }[]) => {
      const marks = new GapMarks(100_000, 2, FONT);
      marks.add(0, x0, x1, 50, 'gap', true);
      marks.add(1, x1, x1 + 200, 20, 'ok', false);
      const [longest, other] = marks.marks(ends);
      return [longest?.labelled, longest?.labelRow, other?.labelRow];
    };
    // Far from both names: its own row.
    expect(longestAt(400, 600, [{ x: 0, row: 0 }])).toEqual([true, 0, 0]);
    // The first gap, narrow: its label would sit on "Initial alert".
    expect(longestAt(0, 40, [{ x: 0, row: 0 }])).toEqual([true, 1, 0]);
    // …and the resolution's name, close by, was lifted already: two rows up.
    expect(
      longestAt(0, 40, [
        { x: 0, row: 0 },
        { x: 60, row: 1 },
      ]),
    ).toEqual([true, 2, 0]);
    // A name a row up does not lift a label it would not cover on its own row.
    expect(longestAt(400, 600, [{ x: 500, row: 1 }])).toEqual([true, 0, 0]);
  });

  it('zoomed out on thousands of over-target gaps, circles every one and labels a few', () => {
    const n = 6_000;
    const gaps = row(n, 0.25, 3).map((g, i) => (i === 3_000 ? { ...g, longest: true } : g));
    const out = cullGaps(gaps, 2_000, FONT);
    expect(out.filter((g) => g.status === 'gap')).toHaveLength(n / 3);
    const shown = out.filter((g) => g.labelled);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(Math.ceil((n * 0.25) / (GAP_LABEL_EMS * FONT)) + 1);
    expect(out.find((g) => g.longest)?.labelled).toBe(true);
  });
});
