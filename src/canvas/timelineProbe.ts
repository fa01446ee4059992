/**
 * A read-only view of the drawing for automation (browser tests, `npm run bench`): where a
 * note or dot is on the page and how many Konva nodes are drawn. It exposes geometry only,
 * never data or actions.
 */
import type Konva from 'konva';
import { layerNamed } from './layerNamed';
import type { TimelineScene } from './layout/timelineScene';

export interface ProbeRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TimelineProbe {
  stageRect(): ProbeRect | null;
  noteRect(noteId: string): ProbeRect | null;
  dotRect(communicationId: string): ProbeRect | null;
  /** Note ids in time order. */
  noteIds(): string[];
  /** Every Konva node on the stage, and the shapes and groups that listen to the pointer. */
  nodeCount(): number;
  listeningNodeCount(): number;
  /** Finding markers drawn over dots (workshop step 3). */
  findingMarkerCount(): number;
}

declare global {
  interface Window {
    gaplineTimeline?: TimelineProbe;
  }
}

interface Source {
  readonly stage: () => Konva.Stage | null;
  readonly scene: () => TimelineScene;
  readonly noteIds: () => string[];
}

const toPage = (stage: Konva.Stage, r: ProbeRect): ProbeRect => {
  const box = stage.container().getBoundingClientRect();
  return { x: box.left + r.x, y: box.top + r.y, width: r.width, height: r.height };
};

/**
 * A note's group: a child of the notes layer (or of the drag layer while dragged). Looked
 * up among those children only: `stage.findOne('#id')` walks every node of the stage, and
 * a harness asking where each of 1,000 notes is walked 12 million nodes, on the page's main
 * thread, while it timed the page.
 */
function noteNode(stage: Konva.Stage, id: string): Konva.Node | undefined {
  for (const name of ['notes', 'drag']) {
    const found = layerNamed(stage, name)?.getChildren((child) => child.id() === id)[0];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Installs the probe for this drawing; returns the function that removes it. */
export function installTimelineProbe(source: Source): () => void {
  const probe: TimelineProbe = {
    stageRect() {
      const stage = source.stage();
      return stage === null
        ? null
        : toPage(stage, { x: 0, y: 0, width: stage.width(), height: stage.height() });
    },
    noteRect(noteId) {
      const stage = source.stage();
      const node = stage === null ? undefined : noteNode(stage, `note-${noteId}`);
      if (stage === null || node === undefined) return null;
      const r = node.getClientRect({ skipShadow: true, skipStroke: true });
      // The body only: the pin hangs outside it.
      const body = (node as Konva.Group).findOne('Rect');
      const size = body === undefined ? r : { width: body.width(), height: body.height() };
      return toPage(stage, { x: node.x(), y: node.y(), width: size.width, height: size.height });
    },
    dotRect(communicationId) {
      const stage = source.stage();
      const dot = source.scene().dotOf.get(communicationId);
      if (stage === null || dot === undefined) return null;
      return toPage(stage, { x: dot.x - 6, y: dot.y - 6, width: 12, height: 12 });
    },
    noteIds: () => source.noteIds(),
    nodeCount: () => source.stage()?.find(() => true).length ?? 0,
    listeningNodeCount: () =>
      source.stage()?.find((n: Konva.Node) => n.getType() !== 'Layer' && n.isListening()).length ??
      0,
    findingMarkerCount: () => source.stage()?.find('.finding-marker').length ?? 0,
  };
  window.gaplineTimeline = probe;
  return () => {
    if (window.gaplineTimeline === probe) delete window.gaplineTimeline;
  };
}
