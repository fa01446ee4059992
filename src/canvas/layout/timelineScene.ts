/**
 * The whole timeline as geometry for one view (issue "The timeline"): the main line from
 * the alert to the resolution, a branch per channel used more than once, a dot per
 * communication (binned when too many are in view), phase bands, the gaps of the domain's
 * analysis with every over-target gap circled, and the axis ticks. Pure: the canvas only
 * draws what this returns, so the drawing and the gap table always agree.
 */
import type { GapAnalysis, GapStatus } from '../../domain/gaps/types';
import { firstIndex } from '../../domain/firstIndex';
import { inTimeOrder } from '../../domain/inTimeOrder';
import type {
  Channel,
  Communication,
  CommunicationKind,
  EpochMs,
  Incident,
  Phase,
  PhaseKind,
  WhatIf,
} from '../../domain/model';
import { axisTicks, chooseTickStep, type AxisTick } from './axisTicks';
import { endNameHalf } from './gapMarkLimits';
import { sceneGaps } from './sceneGaps';
import { channelLanes, type LaneLayout } from './channelLanes';
import { BIN_PX, BIN_THRESHOLD, type SceneMetrics } from './sceneMetrics';
import { xOf, type TimeViewport } from './timeViewport';

export interface SceneDot {
  /** The communications drawn by this dot (more than one when binned). */
  readonly ids: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly lane: number;
  readonly channelIndex: number;
  readonly kind: CommunicationKind;
  readonly hollow: boolean;
  /** On the main line: the channel name is written under it. */
  readonly label: string | null;
}

export interface SceneBranch {
  readonly lane: number;
  readonly channel: string;
  readonly channelIndex: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

export interface SceneGap {
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly minutes: number;
  readonly status: GapStatus;
  readonly longest: boolean;
  /** How many gaps of the analysis this mark stands for (more than one: no label). */
  readonly merged: number;
  /** Whether its minutes are written over it (GapMarks chooses the labels that fit). */
  readonly labelled: boolean;
  /**
   * The row its label is written on: 0, its place over the gap; 1 or 2 rows higher for the
   * longest gap's label when it would cover the alert's or the resolution's name there.
   */
  readonly labelRow: number;
}

/** The alert's or the resolution's mark: its x, and the row its name is written on. */
export interface EndName {
  readonly x: number;
  /** 0; 1 for the resolution's name when it would overlap the alert's. */
  readonly row: number;
}

export interface ScenePhase {
  readonly id: string;
  readonly kind: PhaseKind;
  readonly x0: number;
  readonly x1: number;
}

/** A hypothetical "what if" update: drawn dashed on the main line, never a real dot. */
export interface SceneWhatIf {
  readonly id: string;
  readonly x: number;
}

export interface SceneTick extends AxisTick {
  readonly x: number;
}

export interface TimelineScene {
  readonly width: number;
  readonly height: number;
  readonly mainY: number;
  readonly axisY: number;
  /** The main line: from the alert to the resolution (or the resolution update, if later). */
  readonly line: { readonly x0: number; readonly x1: number } | null;
  readonly alertX: number | null;
  /** R, or the resolution update when R is unknown. */
  readonly resolutionX: number | null;
  /** The row the resolution's name is written on (EndName). */
  readonly resolutionRow: number;
  readonly branches: readonly SceneBranch[];
  readonly dots: readonly SceneDot[];
  readonly gaps: readonly SceneGap[];
  readonly phases: readonly ScenePhase[];
  readonly whatIfs: readonly SceneWhatIf[];
  readonly ticks: readonly SceneTick[];
  readonly tickStep: number;
  /**
   * Every communication's place, binned or not, for hit tests and tooltips (made on first
   * read: a view of 100,000 messages need not index them all until something asks).
   */
  readonly dotOf: ReadonlyMap<string, SceneDot>;
}

export interface SceneInput {
  readonly incident: Pick<Incident, 'alert' | 'resolution'>;
  readonly channels: readonly Channel[];
  readonly communications: readonly Communication[];
  readonly phases: readonly Phase[];
  readonly whatIfs: readonly Pick<WhatIf, 'id' | 'instant'>[];
  readonly analysis: GapAnalysis;
  readonly viewport: TimeViewport;
  readonly metrics: SceneMetrics;
  /** Space above the main line the notes need (their farthest offset plus a note). */
  readonly notesArea: number;
  /** Space under the last lane the notes need. */
  readonly belowArea: number;
  readonly zone: string;
  /**
   * `channelLanes` of these channels and communications, if the caller keeps it between
   * views (it depends on neither the view nor the notes); made here otherwise.
   */
  readonly lanes?: LaneLayout;
}

/**
 * What the view may show: `all` runs from the first moment to the last (panning stops
 * there); `fit` is what **Fit** shows — the incident itself, from the alert to the
 * resolution or the last message before it. Follow-ups after the resolution (a
 * post-mortem the next day) stay reachable by panning or zooming out, without squeezing
 * the incident into a corner.
 */
export function incidentSpan(
  incident: Pick<Incident, 'alert' | 'resolution'>,
  communications: readonly Pick<Communication, 'instant' | 'kind' | 'order'>[],
): { all: { start: EpochMs; end: EpochMs }; fit: { start: EpochMs; end: EpochMs } } | null {
  const { alert, resolution } = incident;
  // In time order (the list itself as imports and storage keep it, known once checked):
  // the first and last messages bound the span, and only the follow-ups after every other
  // message can end the fit, so the list is read from its end. A pass over 100,000 records
  // was 3–13 ms of a page just opened.
  const sorted = inTimeOrder(communications);
  const start = Math.min(alert ?? Infinity, sorted[0]?.instant ?? Infinity);
  const end = Math.max(
    resolution ?? -Infinity,
    alert ?? -Infinity,
    sorted.at(-1)?.instant ?? -Infinity,
  );
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  let i = sorted.length - 1;
  while (i >= 0 && (sorted[i] as Pick<Communication, 'kind'>).kind === 'follow-up') i--;
  const lastOther = i >= 0 ? (sorted[i] as Pick<Communication, 'instant'>).instant : -Infinity;
  let fitEnd = Math.max(resolution ?? -Infinity, alert ?? -Infinity, lastOther);
  if (i < sorted.length - 1) {
    // Resolved at R, or (R unknown) at the first resolution update; follow-ups after it
    // are left out.
    let resolved = resolution ?? Infinity;
    for (let j = 0; resolution === null && j <= i; j++) {
      const c = sorted[j] as Pick<Communication, 'instant' | 'kind'>;
      if (c.kind === 'resolution') {
        resolved = c.instant;
        break;
      }
    }
    for (let j = i + 1; j < sorted.length; j++) {
      const t = (sorted[j] as Pick<Communication, 'instant'>).instant;
      if (t <= resolved && t > fitEnd) fitEnd = t;
    }
  }
  return { all: { start, end }, fit: { start, end: Number.isFinite(fitEnd) ? fitEnd : end } };
}

export function buildTimelineScene(input: SceneInput): TimelineScene {
  const { incident, viewport: v, metrics: m, analysis } = input;
  const lanes = input.lanes ?? channelLanes(input.channels, input.communications);
  const mainY = Math.max(m.notesArea, input.notesArea);
  const laneY = (lane: number): number => mainY + lane * m.laneGap;
  const lastLaneY = laneY(lanes.branches.length);
  const axisY = Math.max(lastLaneY + m.laneGap, mainY + input.belowArea);
  const height = axisY + m.axisArea;

  const channelIndex = new Map(input.channels.map((c, i) => [c.id, i]));
  const x = (ms: EpochMs): number => xOf(v, ms);

  const resolutionUpdate =
    analysis.ok && analysis.end.kind === 'resolution-update' ? analysis.end.instant : null;
  const lineEnd = Math.max(incident.resolution ?? -Infinity, resolutionUpdate ?? -Infinity);
  const line =
    incident.alert === null
      ? null
      : {
          x0: x(incident.alert),
          x1: x(Number.isFinite(lineEnd) ? lineEnd : openEnd(input, incident.alert)),
        };

  const dots = placeDots(lanes, v.widthPx, x, laneY, (c) => {
    const index = channelIndex.get(c.channelId) ?? 0;
    return { index, name: input.channels[index]?.name ?? null };
  });
  let dotIndex: Map<string, SceneDot> | null = null;
  const dotOf = (): ReadonlyMap<string, SceneDot> => {
    if (dotIndex === null) {
      dotIndex = new Map();
      for (const d of dots) for (const id of d.ids) dotIndex.set(id, d);
    }
    return dotIndex;
  };

  const branches = lanes.branches.map((b) => ({
    lane: b.lane,
    channel: b.channel,
    channelIndex: channelIndex.get(b.channelId) ?? 0,
    x0: x(b.start),
    x1: x(Math.max(b.end, Number.isFinite(lineEnd) ? lineEnd : b.start)),
    y: laneY(b.lane),
  }));

  const alertX = incident.alert === null ? null : x(incident.alert);
  const resolutionX =
    incident.resolution !== null
      ? x(incident.resolution)
      : resolutionUpdate === null
        ? null
        : x(resolutionUpdate);
  // The two names overlap when the marks are close (a short incident zoomed out): the
  // resolution's is written a row higher.
  const resolutionRow =
    alertX !== null &&
    resolutionX !== null &&
    Math.abs(resolutionX - alertX) < 2 * endNameHalf(m.fontSize)
      ? 1
      : 0;
  const endNames: EndName[] = [];
  if (alertX !== null) endNames.push({ x: alertX, row: 0 });
  if (resolutionX !== null) endNames.push({ x: resolutionX, row: resolutionRow });
  const gaps = analysis.ok ? sceneGaps(analysis.gaps, x, v.widthPx, m.fontSize, endNames) : [];

  const phases = input.phases.map((p) => ({
    id: p.id,
    kind: p.kind,
    x0: x(p.start),
    x1: x(p.end),
  }));
  const tickStep = chooseTickStep(1 / v.msPerPx);
  const from = v.originMs - v.widthPx * v.msPerPx;
  const to = v.originMs + 2 * v.widthPx * v.msPerPx;
  const ticks = axisTicks(from, to, tickStep, input.zone, 400).map((t) => ({
    ...t,
    x: x(t.instant),
  }));

  return {
    width: v.widthPx,
    height,
    mainY,
    axisY,
    line,
    alertX,
    resolutionX,
    resolutionRow,
    branches,
    dots,
    gaps,
    phases,
    whatIfs: input.whatIfs.map((w) => ({ id: w.id, x: x(w.instant) })),
    ticks,
    tickStep,
    get dotOf() {
      return dotOf();
    },
  };
}

/**
 * The dots that can come into view while panning one screen either way, in lane order of
 * first use and time order within a lane; above BIN_THRESHOLD of them, the dots of a lane
 * closer than BIN_PX merge into one carrying all their ids. Internal events are hollow;
 * dots on the main line carry their channel's name. The lanes' messages are in time
 * order, so the ones in reach are one run, found by binary search on their instants (a
 * 100,000-message timeline looked at every message on each pan), and each lane's dots
 * arrive in x order: bins are made as they come, no dot object for a message that ends in
 * a bin, no sort.
 */
function placeDots(
  lanes: LaneLayout,
  widthPx: number,
  x: (ms: EpochMs) => number,
  laneY: (lane: number) => number,
  channelOf: (c: Communication) => { index: number; name: string | null },
): SceneDot[] {
  const { sorted, instants, ids, lane: laneAt } = lanes;
  const from = firstIndex(instants.length, (i) => x(instants[i] as EpochMs) >= -widthPx);
  const to = firstIndex(instants.length, (i) => x(instants[i] as EpochMs) > 2 * widthPx);
  const bin = to - from > BIN_THRESHOLD;
  // Unbinned, the dots stay in time order across lanes; binned, lane by lane (in the order
  // lanes are first met). Lanes are small numbers: arrays, not Maps, hold what each has
  // (two Map look-ups per message were most of the loop at 100,000).
  const all: SceneDot[] = [];
  const byLane: SceneDot[][] = [];
  const laneOrder: number[] = [];
  const open: ({ -readonly [K in keyof SceneDot]: SceneDot[K] } | undefined)[] = [];
  for (let i = from; i < to; i++) {
    const px = x(instants[i] as EpochMs);
    const lane = laneAt[i] as number;
    if (bin) {
      // Into the bin from the columns: a message's record is read only for a dot of its own
      // (at 100,000 messages, reading every record was most of this loop).
      const current = open[lane];
      if (current !== undefined && px - current.x < BIN_PX) {
        (current.ids as string[]).push(ids[i] as string);
        continue;
      }
    }
    const c = sorted[i] as Communication;
    const channel = channelOf(c);
    const dot = {
      ids: [c.id],
      x: px,
      y: laneY(lane),
      lane,
      channelIndex: channel.index,
      kind: c.kind,
      hollow: c.kind === 'internal',
      label: lane === 0 ? channel.name : null,
    };
    if (!bin) {
      all.push(dot);
      continue;
    }
    let out = byLane[lane];
    if (out === undefined) {
      out = [];
      byLane[lane] = out;
      laneOrder.push(lane);
    }
    out.push(dot);
    open[lane] = dot;
  }
  return bin ? laneOrder.flatMap((lane) => byLane[lane] ?? []) : all;
}

/**
 * Where the line of an incident with no resolution ends: its last message (not internal),
 * or the alert. The analysis found it in its pass (its end is then the last message, rule 2);
 * the records are read again only when the analysis failed.
 */
function openEnd(input: SceneInput, alert: EpochMs): EpochMs {
  const { analysis } = input;
  if (analysis.ok && analysis.end.kind === 'last-message') return analysis.end.instant;
  return lastInstant(input.communications, alert);
}

function lastInstant(communications: readonly Communication[], fallback: EpochMs): EpochMs {
  let last = fallback;
  for (const c of communications) if (c.kind !== 'internal' && c.instant > last) last = c.instant;
  return last;
}
