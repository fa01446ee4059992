// The floor of `npm run bench`: the timeline's scene drawn with bare Konva (no React, no
// store), the way Konva's performance tips say to: static layers with `listening:false`, a
// draggable Group per note, and a drag layer a note moves to while it is dragged. Bundled
// to an IIFE by run-bench.mjs and loaded into an empty page; `window.bareKonvaBuild(scene)`
// draws a scene from makeBenchReview.mjs and sets `window.bareKonva`, a probe with the same
// shape as the app's `window.gaplineTimeline`, so one gesture script drives both pages.
import Konva from 'konva';
import type { BareKonvaProbe, BenchScene, ProbeRect } from './lib/floorTypes';

const WIDTH = 1600;
const HEIGHT = 520;
const MAIN_Y = 400;
const LANE_GAP = 36;
const PAD = 48;
const NOTE_W = 168;
const NOTE_H = 84;
const TICKS = 40;
const BANDS = ['#eef2ff', '#fef3c7', '#ecfccb', '#fce7f3'];
const LANE_COLORS = ['#1f2937', '#2563eb', '#0891b2', '#7c3aed'];
const NOTE_COLORS: Readonly<Record<string, string>> = {
  gap: '#fde68a',
  confusion: '#fbcfe8',
  'other-problem': '#fed7aa',
  'root-cause': '#bfdbfe',
  idea: '#bbf7d0',
};

const laneY = (lane: number): number => MAIN_Y + lane * LANE_GAP;
const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

function build(scene: BenchScene): BareKonvaProbe {
  const container = document.querySelector<HTMLDivElement>('#stage');
  if (container === null) throw new Error('the floor page has no #stage');
  const stage = new Konva.Stage({ container, width: WIDTH, height: HEIGHT });
  const view = { originMs: 0, msPerPx: 1, panX: 0 };
  view.msPerPx = (scene.resolution - scene.alert) / (WIDTH - 2 * PAD);
  view.originMs = scene.alert - PAD * view.msPerPx;
  const xOf = (ms: number): number => (ms - view.originMs) / view.msPerPx;

  const base = new Konva.Layer({ listening: false });
  const dotsLayer = new Konva.Layer({ listening: false });
  const notesLayer = new Konva.Layer();
  const dragLayer = new Konva.Layer();
  const layers = [base, dotsLayer, notesLayer, dragLayer];
  layers.forEach((l) => stage.add(l));

  const bands = scene.phases.map((p, i) => {
    const band = new Konva.Rect({ y: 0, height: HEIGHT, fill: BANDS[i % BANDS.length] ?? '#eee' });
    base.add(band);
    return { band, p };
  });
  const main = new Konva.Line({ stroke: '#1f2937', strokeWidth: 4 });
  base.add(main);
  const branches = scene.branches.map((b) => {
    const line = new Konva.Line({ stroke: LANE_COLORS[b.lane] ?? '#555', strokeWidth: 2 });
    base.add(line);
    return { line, b };
  });
  const step = (scene.resolution - scene.alert) / TICKS;
  const ticks = Array.from({ length: TICKS + 1 }, (_, i) => {
    const at = scene.alert + i * step;
    const line = new Konva.Line({ points: [0, 0, 0, 10], stroke: '#6b7280', strokeWidth: 1 });
    const label = new Konva.Text({ y: 12, text: clock(at), fontSize: 11, fill: '#374151' });
    base.add(line, label);
    return { line, label, at };
  });
  const spans = scene.spans.map((s) => {
    const rect = new Konva.Rect({ y: MAIN_Y - 10, height: 20, fill: 'rgba(220,38,38,0.25)' });
    const label = new Konva.Text({
      y: MAIN_Y - 28,
      text: `${Math.round(s.minutes)} min`,
      fontSize: 12,
      fill: '#b91c1c',
    });
    base.add(rect, label);
    return { rect, label, s };
  });
  const marks = [scene.alert, scene.resolution, ...scene.phases.map((p) => p.start)].map((at) => {
    const mark = new Konva.Ellipse({ y: MAIN_Y, radiusX: 8, radiusY: 8, fill: '#111827' });
    base.add(mark);
    return { mark, at };
  });

  const dots = new Map<string, Konva.Circle>();
  const dotList = scene.dots.instants.map((at, i) => {
    const lane = scene.dots.lanes[i] ?? 0;
    const dot = new Konva.Circle({
      y: laneY(lane),
      radius: 5,
      fill: LANE_COLORS[lane] ?? '#555',
      perfectDrawEnabled: false,
      listening: false,
    });
    dotsLayer.add(dot);
    dots.set(scene.dots.ids[i] ?? String(i), dot);
    return { dot, at };
  });

  const notes = new Map<string, Konva.Group>();
  const noteList = scene.notes.map((n) => {
    const group = new Konva.Group({ y: MAIN_Y + n.offsetY - NOTE_H, draggable: true, id: n.id });
    group.add(
      new Konva.Rect({
        width: NOTE_W,
        height: NOTE_H,
        cornerRadius: 6,
        fill: NOTE_COLORS[n.category] ?? '#fde68a',
        stroke: 'rgba(0,0,0,0.2)',
        strokeWidth: 1,
        shadowEnabled: false,
        perfectDrawEnabled: false,
      }),
      new Konva.Text({
        x: 8,
        y: 8,
        width: NOTE_W - 16,
        height: NOTE_H - 16,
        text: n.text,
        fontSize: 13,
        wrap: 'word',
        ellipsis: true,
      }),
      new Konva.Line({
        points: [NOTE_W / 2, NOTE_H, NOTE_W / 2, NOTE_H - n.offsetY],
        stroke: '#6b7280',
        strokeWidth: 2,
      }),
    );
    group.on('dragstart', () => {
      group.moveTo(dragLayer);
      notesLayer.batchDraw();
    });
    group.on('dragend', () => {
      group.moveTo(notesLayer);
      notesLayer.batchDraw();
      dragLayer.batchDraw();
    });
    notesLayer.add(group);
    notes.set(n.id, group);
    return { group, n };
  });

  /** Places every shape for the current scale (zoom re-places; pan only moves layers). */
  const place = (): void => {
    for (const { band, p } of bands)
      band.setAttrs({ x: xOf(p.start), width: xOf(p.end) - xOf(p.start) });
    main.points([xOf(scene.alert), MAIN_Y, xOf(scene.resolution), MAIN_Y]);
    for (const { line, b } of branches) {
      const x = xOf(b.start);
      line.points([x, MAIN_Y, x + 16, laneY(b.lane), xOf(scene.resolution), laneY(b.lane)]);
    }
    for (const { line, label, at } of ticks) {
      line.x(xOf(at));
      label.x(xOf(at) + 2);
    }
    for (const { rect, label, s } of spans) {
      rect.setAttrs({ x: xOf(s.from), width: xOf(s.to) - xOf(s.from) });
      label.x((xOf(s.from) + xOf(s.to)) / 2 - 18);
    }
    for (const { mark, at } of marks) mark.x(xOf(at));
    for (const { dot, at } of dotList) dot.x(xOf(at));
    for (const { group, n } of noteList) group.x(xOf(n.at) - NOTE_W / 2);
  };
  const redraw = (): void => layers.forEach((l) => l.batchDraw());

  const probe: BareKonvaProbe = {
    noteIds: () => [...scene.notes].sort((a, b) => a.at - b.at).map((n) => n.id),
    noteRect: (id) => clientRect(container, notes.get(id)),
    dotRect: (id) => clientRect(container, dots.get(id)),
    stageRect: () => {
      const r = container.getBoundingClientRect();
      return { x: r.x, y: r.y, width: stage.width(), height: stage.height() };
    },
    nodeCount: () => stage.find(() => true).length,
    listeningNodeCount: () => stage.find((n: Konva.Node) => n.isListening() === true).length,
    pan: (panX) => {
      view.panX = panX;
      layers.forEach((l) => l.x(panX));
      redraw();
    },
    zoom: (factor, anchorX) => {
      const anchorMs = view.originMs + (anchorX - view.panX) * view.msPerPx;
      view.msPerPx /= factor;
      view.originMs = anchorMs - (anchorX - view.panX) * view.msPerPx;
      place();
      redraw();
    },
  };

  // The gestures: the wheel zooms about the pointer; dragging the background pans.
  let grab: { pointerX: number; panX: number } | null = null;
  stage.on('wheel', (e) => {
    e.evt.preventDefault();
    probe.zoom(e.evt.deltaY < 0 ? 1.1 : 1 / 1.1, stage.getPointerPosition()?.x ?? WIDTH / 2);
  });
  stage.on('mousedown', (e) => {
    if (e.target === stage)
      grab = { pointerX: stage.getPointerPosition()?.x ?? 0, panX: view.panX };
  });
  stage.on('mousemove', () => {
    const x = stage.getPointerPosition()?.x;
    if (grab !== null && x !== undefined) probe.pan(grab.panX + x - grab.pointerX);
  });
  window.addEventListener('mouseup', () => {
    grab = null;
  });

  place();
  redraw();
  Object.assign(window, { bareKonva: probe });
  return probe;
}

/** A node's box in the page's CSS px (viewport), or null when it is not drawn. */
function clientRect(container: HTMLElement, node: Konva.Node | undefined): ProbeRect | null {
  if (node === undefined) return null;
  const r = node.getClientRect();
  const c = container.getBoundingClientRect();
  return { x: c.x + r.x, y: c.y + r.y, width: r.width, height: r.height };
}

Object.assign(window, { bareKonvaBuild: build });
