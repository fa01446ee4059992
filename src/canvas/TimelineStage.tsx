import type Konva from 'konva';
import { useEffect, useRef, type Ref } from 'react';
import { Layer, Stage } from 'react-konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import type { GapList } from '../domain/gaps/GapList';
import type { Note } from '../domain/model';
import { BackgroundLayer, type BackgroundLabels } from './layers/BackgroundLayer';
import { DotsLayer, NO_FLAGGED } from './layers/DotsLayer';
import { HighlightLayer, type Highlight } from './layers/HighlightLayer';
import { NotesLayer } from './layers/NotesLayer';
import type { SceneMetrics } from './layout/sceneMetrics';
import type { TimelineScene } from './layout/timelineScene';
import type { TimeViewport } from './layout/timeViewport';
import { useAddedPerFrame } from '../ui/useAddedPerFrame';

export interface StageLayers {
  readonly notes: Ref<Konva.Layer>;
  readonly drag: Ref<Konva.Layer>;
}

interface Props {
  readonly stageRef: Ref<Konva.Stage>;
  readonly layers: StageLayers;
  readonly scene: TimelineScene;
  readonly metrics: SceneMetrics;
  readonly labels: BackgroundLabels;
  readonly notes: readonly Note[];
  readonly gaps: GapList;
  readonly viewport: TimeViewport;
  readonly noteScale: number;
  readonly noteFooter: (note: Note) => string;
  readonly editable: boolean;
  readonly highlight: Highlight | null;
  /** Communications with findings of the message checks (marked in step 3); none if left out. */
  readonly flagged?: ReadonlySet<string>;
  readonly onPointerMove: (x: number, y: number) => void;
  readonly onPointerLeave: () => void;
  readonly onBackgroundClick: (x: number, y: number) => void;
  readonly onBackgroundDblClick: (x: number, y: number) => void;
  readonly onNoteDragStart: (node: Konva.Group) => void;
  readonly onNoteDragEnd: (noteId: string, node: Konva.Group) => void;
  readonly onNoteOpen: (noteId: string) => void;
  /** Called once every layer is on the stage and filled (the export waits for it). */
  readonly onComplete?: () => void;
}

/** Background, dots, notes, highlight, drag: added one per frame. */
const LAYERS = 5;
/** Then they are filled, one step per frame: background, dots, the gaps' marks, notes. */
const STEPS = LAYERS + 4;

const pointer = (e: KonvaEventObject<MouseEvent | TouchEvent>) =>
  e.target.getStage()?.getPointerPosition() ?? null;

/**
 * The Konva stage: five layers at most (architecture rule 5) — background and dots do
 * not listen, notes do, the highlight ring does not, and a drag layer carries the note
 * being dragged so the rest is not redrawn on each frame (and, after a drop, the notes
 * moved since: see returnParkedNotes).
 */
export function TimelineStage(props: Props) {
  const { scene, metrics, viewport } = props;
  // The layers are added to the stage empty, one per animation frame, and once all are in
  // they are filled, one per frame too (`useAddedPerFrame`): drawn at once, the first frame
  // of a 10,000-message drawing was one task of ~200 ms (its shapes, then the compositor
  // taking every canvas). Konva draws a layer as soon as it is added (and again on
  // the next frame) and sizes its canvases then. Added full, at 100,000 messages, the first
  // commit was one task of ~365 ms (a CPU trace), ~100 ms of it the drawing done twice; the
  // five canvases at once were 60–87 ms. Now each layer's canvases are a task of their own,
  // and the shapes come in the last, drawn once.
  const added = useAddedPerFrame(STEPS);
  const filled = added === STEPS;
  const onComplete = useRef(props.onComplete);
  onComplete.current = props.onComplete;
  useEffect(() => {
    if (filled) onComplete.current?.();
  }, [filled]);
  const onBackground =
    (handler: (x: number, y: number) => void) => (e: KonvaEventObject<MouseEvent | TouchEvent>) => {
      if (e.target !== e.target.getStage()) return;
      const p = pointer(e);
      if (p !== null) handler(p.x, p.y);
    };
  return (
    <Stage
      ref={props.stageRef}
      width={scene.width}
      height={scene.height}
      onMouseMove={(e) => {
        const p = pointer(e);
        if (p !== null) props.onPointerMove(p.x, p.y);
      }}
      onMouseLeave={props.onPointerLeave}
      onClick={onBackground(props.onBackgroundClick)}
      onTap={onBackground(props.onBackgroundClick)}
      onDblClick={onBackground(props.onBackgroundDblClick)}
      onDblTap={onBackground(props.onBackgroundDblClick)}
    >
      <BackgroundLayer
        scene={scene}
        metrics={metrics}
        labels={props.labels}
        filled={added > LAYERS}
        marked={added > LAYERS + 2}
      />
      {added >= 2 && (
        <DotsLayer
          dots={scene.dots}
          metrics={metrics}
          flagged={props.flagged ?? NO_FLAGGED}
          filled={added > LAYERS + 1}
        />
      )}
      {added >= 3 && (
        <NotesLayer
          notes={props.notes}
          gaps={props.gaps}
          viewport={viewport}
          mainY={scene.mainY}
          height={scene.height}
          scale={props.noteScale}
          fontSize={metrics.smallFontSize}
          footer={props.noteFooter}
          editable={props.editable}
          layerRef={props.layers.notes}
          onDragStart={props.onNoteDragStart}
          onDragEnd={props.onNoteDragEnd}
          onOpen={props.onNoteOpen}
          filled={filled}
        />
      )}
      {added >= 4 && <HighlightLayer highlight={props.highlight} />}
      {added >= 5 && <Layer ref={props.layers.drag} name="drag" />}
    </Stage>
  );
}
