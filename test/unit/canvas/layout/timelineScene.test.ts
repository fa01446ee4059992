/**
 * The drawing's geometry (issue "The timeline", The drawing): a dot per communication, a
 * branch per channel used more than once, the gaps of the domain's analysis with a circle
 * per over-target gap, phases as bands, binning when too many dots are in view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitDot } from '../../../../src/canvas/layout/hitDot';
import { channelLanes } from '../../../../src/canvas/layout/channelLanes';
import { BIN_THRESHOLD, EDIT_METRICS } from '../../../../src/canvas/layout/sceneMetrics';
import {
  buildTimelineScene,
  incidentSpan,
  type EndName,
  type SceneGap,
  type SceneInput,
  type TimelineScene,
} from '../../../../src/canvas/layout/timelineScene';
import { fitViewport, xOf, type TimeViewport } from '../../../../src/canvas/layout/timeViewport';
import type { GapList } from '../../../../src/domain/gaps/GapList';
import { analyzeGaps } from '../../../../src/domain/gaps/analyzeGaps';
import { COMMUNICATION_KINDS, type Communication, type Phase } from '../../../../src/domain/model';
import { cullGaps } from './cullGaps';
import {
  T0,
  at,
  makeChannel,
  makeCommunication,
  makeIncident,
} from '../../../factories/makeRecords';

const channels = [
  makeChannel({ id: 'status', name: 'Status page' }),
  makeChannel({ id: 'email', name: 'Email' }),
  makeChannel({ id: 'macro', name: 'Support macro' }),
];
const incident = makeIncident({ alert: T0, resolution: at(180) });

/** The scene of the given incident, messages, analysis and view; the rest as the editor's. */
const sceneOf = (
  input: Pick<SceneInput, 'incident' | 'communications' | 'analysis' | 'viewport'> &
    Partial<SceneInput>,
) =>
  buildTimelineScene({
    channels,
    phases: [],
    whatIfs: [],
    metrics: EDIT_METRICS,
    notesArea: 0,
    belowArea: 0,
    zone: 'UTC',
    ...input,
  });

function scene(communications: Communication[], extra: Partial<SceneInput> = {}) {
  const analysis = analyzeGaps({ incident, channels, communications });
  return sceneOf({
    incident,
    communications,
    analysis,
    viewport: fitViewport(T0, at(180), 1200),
    ...extra,
  });
}

/** Where a scene writes the alert's and the resolution's names. */
const endNames = (s: TimelineScene): EndName[] => [
  ...(s.alertX === null ? [] : [{ x: s.alertX, row: 0 }]),
  ...(s.resolutionX === null ? [] : [{ x: s.resolutionX, row: s.resolutionRow }]),
];

/** One mark per gap, as the scene made them before it kept only those worth drawing. */
function everyMark(gaps: GapList, viewport: TimeViewport): SceneGap[] {
  return gaps.map((g, index) => ({
    index,
    x0: xOf(viewport, g.from),
    x1: xOf(viewport, g.to),
    minutes: g.minutes,
    status: g.status,
    longest: g.longest,
    merged: 1,
    labelled: false,
    labelRow: 0,
  }));
}

// Gaps: A→10 (10, ok), 10→55 (45, gap), 55→70 (15, ok), 70→170 (100, gap, longest), 170→185.
const comms = [
  makeCommunication({ id: 's1', channelId: 'status', instant: at(10) }),
  makeCommunication({ id: 'e1', channelId: 'email', instant: at(55) }),
  makeCommunication({ id: 'm1', channelId: 'macro', instant: at(70) }),
  makeCommunication({ id: 'i1', channelId: 'status', instant: at(90), kind: 'internal' }),
  makeCommunication({ id: 'e2', channelId: 'email', instant: at(170) }),
  makeCommunication({ id: 's2', channelId: 'status', instant: at(185), kind: 'resolution' }),
];

describe('buildTimelineScene', () => {
  const s = scene(comms);

  it('draws one dot per communication, internal ones hollow', () => {
    expect(s.dots).toHaveLength(comms.length);
    expect(s.dots.filter((d) => d.hollow).map((d) => d.ids)).toEqual([['i1']]);
    for (const c of comms) expect(s.dotOf.get(c.id)?.ids).toEqual([c.id]);
  });

  it('gives each channel used more than once a branch, and labels single-use dots on the main line', () => {
    expect(s.branches.map((b) => [b.channel, b.lane])).toEqual([
      ['Status page', 1],
      ['Email', 2],
    ]);
    const macro = s.dotOf.get('m1');
    expect(macro).toMatchObject({ lane: 0, y: s.mainY, label: 'Support macro' });
    expect(s.dotOf.get('e1')?.y).toBe(s.mainY + 2 * EDIT_METRICS.laneGap);
    // A branch starts at its channel's first use.
    const viewport = fitViewport(T0, at(180), 1200);
    expect(s.branches[1]?.x0).toBeCloseTo(xOf(viewport, at(55)));
  });

  it('takes the gaps from the domain analysis: same count, statuses, minutes and longest', () => {
    const analysis = analyzeGaps({ incident, channels, communications: comms });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(s.gaps.map((g) => [g.minutes, g.status, g.longest])).toEqual(
      analysis.gaps.map((g) => [g.minutes, g.status, g.longest]),
    );
    expect(s.gaps.filter((g) => g.status === 'gap')).toHaveLength(2);
  });

  it('runs the main line from the alert to the resolution update when it is later than R', () => {
    const viewport = fitViewport(T0, at(180), 1200);
    expect(s.line?.x0).toBeCloseTo(xOf(viewport, T0));
    expect(s.line?.x1).toBeCloseTo(xOf(viewport, at(185)));
    expect(s.resolutionX).toBeCloseTo(xOf(viewport, at(180)));
  });

  it('writes the resolution’s name a row up when it would overlap the alert’s, and the longest label above both', () => {
    const comms = [
      makeCommunication({ id: 'u1', channelId: 'status', instant: at(50) }),
      makeCommunication({ id: 'u2', channelId: 'status', instant: at(70) }),
      makeCommunication({ id: 'u3', channelId: 'status', instant: at(90) }),
      makeCommunication({ id: 'r', channelId: 'status', instant: at(120), kind: 'resolution' }),
    ];
    const short = makeIncident({ alert: T0, resolution: at(120) });
    const analysis = analyzeGaps({ incident: short, channels, communications: comms });
    const drawn = (viewport: TimeViewport) =>
      sceneOf({ incident: short, communications: comms, analysis, viewport });
    const longestRow = (v: TimeViewport) => drawn(v).gaps.find((g) => g.longest)?.labelRow;
    // Fitted, the two hours are wide: every name on its own row.
    const fitted = fitViewport(T0, at(120), 1200);
    expect(drawn(fitted).resolutionRow).toBe(0);
    expect(longestRow(fitted)).toBe(0);
    // Zoomed out to a week, the alert and the resolution are a pixel apart; the first gap,
    // the longest (50 min), has its label over both names.
    const week = fitViewport(T0, at(7 * 24 * 60), 1200);
    expect(drawn(week).resolutionRow).toBe(1);
    expect(longestRow(week)).toBe(2);
  });

  it('draws phases as bands and puts the axis under the last branch', () => {
    const phases: Phase[] = [
      { id: 'p', reviewId: 'rev-1', kind: 'escalation', start: at(20), end: at(60), updatedAt: T0 },
    ];
    const withPhase = scene(comms, { phases });
    expect(withPhase.phases).toEqual([
      expect.objectContaining({ kind: 'escalation', x0: expect.any(Number) }),
    ]);
    expect(withPhase.axisY).toBeGreaterThan(withPhase.mainY + 2 * EDIT_METRICS.laneGap);
    expect(withPhase.ticks.length).toBeGreaterThan(3);
  });

  it('makes room above the line for notes that sit far up', () => {
    expect(scene(comms, { notesArea: 600 }).mainY).toBe(600);
    expect(scene(comms).mainY).toBe(EDIT_METRICS.notesArea);
  });

  it('still draws the dots of an incident it cannot analyse, without gaps or line', () => {
    const noAlert = makeIncident({ alert: null });
    const analysis = analyzeGaps({ incident: noAlert, channels, communications: comms });
    const s2 = buildTimelineScene({
      incident: noAlert,
      channels,
      communications: comms,
      phases: [],
      whatIfs: [],
      analysis,
      viewport: fitViewport(T0, at(180), 800),
      metrics: EDIT_METRICS,
      notesArea: 0,
      belowArea: 0,
      zone: 'UTC',
    });
    expect(s2.line).toBeNull();
    expect(s2.gaps).toEqual([]);
    expect(s2.dots).toHaveLength(comms.length);
  });

  it('bins dots when more than the threshold are in view, keeping every id', () => {
    const many = Array.from({ length: BIN_THRESHOLD + 500 }, (_, i) =>
      makeCommunication({ id: `c${i}`, channelId: 'status', instant: T0 + i * 6_000 }),
    );
    const binned = scene(many);
    expect(binned.dots.length).toBeLessThan(many.length);
    expect(binned.dots.length).toBeLessThanOrEqual(1200 / 3 + 2);
    expect(binned.dots.flatMap((d) => d.ids).sort()).toEqual(many.map((c) => c.id).sort());
    expect(binned.dotOf.size).toBe(many.length);
  });

  it('bins from the lanes alone: the record of a binned message is not read again', () => {
    const reads = { n: 0 };
    const many = Array.from({ length: BIN_THRESHOLD * 4 }, (_, i) => {
      const c = makeCommunication({ id: `c${i}`, channelId: 'status', instant: T0 + i * 1_500 });
      return new Proxy(c, {
        get(target, key, receiver) {
          reads.n++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    });
    const lanes = channelLanes(channels, many);
    reads.n = 0;
    const binned = scene(many, { lanes });
    const sceneReads = reads.n;
    // The gap analysis (made by `scene`) reads each record; the drawing only those of the
    // dots it makes.
    reads.n = 0;
    analyzeGaps({ incident, channels, communications: many });
    const analysisReads = reads.n;
    expect(binned.dots.length).toBeLessThan(many.length / 4);
    expect(sceneReads - analysisReads).toBeLessThan(many.length / 2);
    expect(binned.dots.flatMap((d) => d.ids).sort()).toEqual(many.map((c) => c.id).sort());
  });

  it('ends an open incident’s line at its last message, from the analysis, not a pass over every record', () => {
    const open = makeIncident({ alert: T0, resolution: null });
    const reads = { n: 0 };
    const many = Array.from({ length: BIN_THRESHOLD * 4 }, (_, i) => {
      const c = makeCommunication({
        id: `c${i}`,
        channelId: 'status',
        instant: T0 + i * 1_500,
        // The last one is internal: the line ends at the message before it.
        kind: i === BIN_THRESHOLD * 4 - 1 ? 'internal' : 'update',
      });
      return new Proxy(c, {
        get(target, key, receiver) {
          reads.n++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    });
    const lanes = channelLanes(channels, many);
    const analysis = analyzeGaps({ incident: open, channels, communications: many });
    const viewport = fitViewport(T0, T0 + many.length * 1_500, 1200);
    reads.n = 0;
    const drawn = sceneOf({ incident: open, communications: many, lanes, analysis, viewport });
    expect(drawn.line?.x1).toBeCloseTo(xOf(viewport, T0 + (many.length - 2) * 1_500));
    expect(reads.n).toBeLessThan(many.length / 2);
  });

  it('bins only dots of one lane closer than 3 px, in time order, never across lanes', () => {
    // Two channels used many times: two branches, their messages interleaved in time.
    const many = Array.from({ length: BIN_THRESHOLD + 500 }, (_, i) =>
      makeCommunication({
        id: `c${i}`,
        channelId: i % 2 === 0 ? 'status' : 'macro',
        instant: T0 + i * 2_500 + (i % 7) * 900,
      }),
    );
    const binned = scene(many);
    const laneOf = new Map(binned.dots.flatMap((d) => d.ids.map((id) => [id, d.lane] as const)));
    const instantOf = new Map(many.map((c) => [c.id, c.instant]));
    const channelOf = new Map(many.map((c) => [c.id, c.channelId]));
    let previous: { lane: number; x: number } | null = null;
    for (const d of binned.dots) {
      // One channel per bin, its messages in time order.
      expect(new Set(d.ids.map((id) => channelOf.get(id))).size).toBe(1);
      const times = d.ids.map((id) => instantOf.get(id) ?? 0);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // The next dot of the same lane starts at least 3 px further on.
      if (previous !== null && previous.lane === d.lane) {
        expect(d.x - previous.x).toBeGreaterThanOrEqual(3);
      }
      previous = { lane: d.lane, x: d.x };
    }
    expect(new Set(laneOf.values()).size).toBe(2);
    expect(laneOf.size).toBe(many.length);
  });

  it('marks, of a long gap list, the gaps in reach exactly as culling every gap mark does', () => {
    // 3,000 updates a minute apart from T0 + 1 min, and a 100-minute silence in the middle.
    const many = Array.from({ length: 3_000 }, (_, i) =>
      makeCommunication({
        id: `c${i}`,
        channelId: 'status',
        instant: T0 + (i + 1) * 60_000 + (i >= 1_500 ? 100 * 60_000 : 0),
      }),
    );
    const wide = makeIncident({ alert: T0, resolution: T0 + 3_200 * 60_000 });
    const analysis = analyzeGaps({ incident: wide, channels, communications: many });
    if (!analysis.ok) throw new Error(analysis.error.message);
    // Zoomed in on the silence: two hours across 1,200 px.
    const viewport = fitViewport(T0 + 1_450 * 60_000, T0 + 1_570 * 60_000, 1200);
    const zoomed = scene(many, { incident: wide, analysis, viewport });
    expect(zoomed.gaps).toEqual(
      cullGaps(everyMark(analysis.gaps, viewport), 1200, undefined, endNames(zoomed)),
    );
    expect(zoomed.gaps.length).toBeGreaterThan(0);
    expect(zoomed.gaps.length).toBeLessThan(500);
    expect(zoomed.gaps.find((g) => g.longest)).toMatchObject({ minutes: 101, status: 'gap' });
  });

  it('merges, of more than 40,000 gaps in view, the narrow in-target ones as culling every mark does', () => {
    // 42,000 updates a minute apart, every 1,000th after a 45-minute silence.
    let t = T0;
    const many = Array.from({ length: 42_000 }, (_, i) => {
      t += (i % 1_000 === 999 ? 45 : 1) * 60_000;
      return makeCommunication({ id: `c${i}`, channelId: 'status', instant: t });
    });
    const wide = makeIncident({ alert: T0, resolution: t + 60_000 });
    const analysis = analyzeGaps({ incident: wide, channels, communications: many });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const viewport = fitViewport(T0, t + 60_000, 1200);
    const all = scene(many, { incident: wide, analysis, viewport });
    expect(all.gaps).toEqual(
      cullGaps(everyMark(analysis.gaps, viewport), 1200, undefined, endNames(all)),
    );
    expect(all.gaps.filter((g) => g.status === 'gap')).toHaveLength(42);
    expect(all.gaps.length).toBeLessThan(200);
    expect(all.gaps.reduce((n, g) => n + g.merged, 0)).toBe(analysis.gaps.length);
  });

  it('leaves out dots more than a screen away from the view', () => {
    const far = [...comms, makeCommunication({ id: 'far', channelId: 'macro', instant: at(5000) })];
    expect(scene(far).dotOf.has('far')).toBe(false);
  });
});

describe('incidentSpan', () => {
  it('fits the incident and leaves a next-day follow-up to panning', () => {
    const later = makeCommunication({ instant: at(60 * 20), kind: 'follow-up' });
    expect(incidentSpan(incident, [...comms, later])).toEqual({
      all: { start: T0, end: at(60 * 20) },
      fit: { start: T0, end: at(185) },
    });
    expect(incidentSpan(makeIncident({ alert: null }), [])).toBeNull();
  });

  it('is the span, and the fit, of the rules read one message at a time', () => {
    const minute = fc.integer({ min: -100, max: 300 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ minute, kind: fc.constantFrom(...COMMUNICATION_KINDS) }), {
          maxLength: 30,
        }),
        fc.option(minute, { nil: null }),
        fc.option(minute, { nil: null }),
        (spec, alertAt, resolvedAt) => {
          const list = spec.map((m, order) => ({ instant: at(m.minute), kind: m.kind, order }));
          const alert = alertAt === null ? null : at(alertAt);
          const resolution = resolvedAt === null ? null : at(resolvedAt);
          // The rule: the span of the alert, the resolution and every message; the fit
          // ends at the last of them that is not a follow-up after the incident resolved
          // (at R; R unknown, at the first resolution update).
          const instants = [
            ...(alert === null ? [] : [alert]),
            ...(resolution === null ? [] : [resolution]),
          ];
          const all = [...instants, ...list.map((c) => c.instant)];
          const firstUpdate = Math.min(
            ...list.filter((c) => c.kind === 'resolution').map((c) => c.instant),
          );
          const resolved = resolution ?? firstUpdate;
          const kept = list.filter((c) => !(c.kind === 'follow-up' && c.instant > resolved));
          const span = incidentSpan({ alert, resolution }, list);
          if (all.length === 0 || (alert === null && list.length === 0)) {
            expect(span).toBeNull();
            return;
          }
          const start = Math.min(...(alert === null ? [] : [alert]), ...list.map((c) => c.instant));
          const end = Math.max(...all);
          const fit = Math.max(...instants, ...kept.map((c) => c.instant));
          expect(span).toEqual({
            all: { start, end },
            fit: { start, end: Number.isFinite(fit) ? fit : end },
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('hitDot', () => {
  const dot = (id: string, x: number, lane = 0) => ({
    ids: [id],
    x,
    y: lane * 50,
    lane,
    channelIndex: 0,
    kind: 'update' as const,
    hollow: false,
    label: null,
  });

  it('finds the nearest dot within the radius, or none', () => {
    const dots = [dot('a', 10), dot('b', 30), dot('c', 30, 1)];
    expect(hitDot(dots, 27, 2, 8)?.ids).toEqual(['b']);
    expect(hitDot(dots, 30, 45, 8)?.ids).toEqual(['c']);
    expect(hitDot(dots, 20, 0, 8)).toBeNull();
  });
});

describe('buildTimelineScene — the dots in reach', () => {
  it('are every message a screen either side of the view, in time order, and branches end at their last message', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minute: fc.integer({ min: -600, max: 900 }),
            channelId: fc.constantFrom('status', 'email', 'macro'),
          }),
          { maxLength: 80 },
        ),
        fc.integer({ min: -300, max: 600 }),
        fc.integer({ min: 10, max: 400 }),
        (spec, startMinute, spanMinutes) => {
          const list = spec.map((m, i) =>
            makeCommunication({ id: `c${i}`, instant: at(m.minute), channelId: m.channelId }),
          );
          const viewport = fitViewport(at(startMinute), at(startMinute + spanMinutes), 1200);
          const s = scene(list, { viewport });
          const sorted = [...list].sort((a, b) => a.instant - b.instant || a.order - b.order);
          const inReach = sorted.filter((c) => {
            const px = xOf(viewport, c.instant);
            return px >= -1200 && px <= 2400;
          });
          expect(s.dots.flatMap((d) => d.ids)).toEqual(inReach.map((c) => c.id));
          for (const b of s.branches) {
            const onLane = sorted.filter((c) => c.channelId === channels[b.channelIndex]?.id);
            const end = Math.max(onLane.at(-1)?.instant ?? -Infinity, at(180));
            expect(b.x1).toBe(xOf(viewport, end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
