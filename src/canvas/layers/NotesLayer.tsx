import { memo, useMemo, type Ref } from 'react';
import type Konva from 'konva';
import { Layer } from 'react-konva';
import type { GapList } from '../../domain/gaps/GapList';
import type { Note } from '../../domain/model';
import { NOTE_WIDTH, noteBox, pinInstant } from '../layout/notePlacement';
import { xOf, type TimeViewport } from '../layout/timeViewport';
import { StickyNote } from '../shapes/StickyNote';

interface Props {
  readonly notes: readonly Note[];
  readonly gaps: GapList;
  readonly viewport: TimeViewport;
  readonly mainY: number;
  readonly height: number;
  readonly scale: number;
  readonly fontSize: number;
  readonly footer: (note: Note) => string;
  readonly editable: boolean;
  readonly layerRef: Ref<Konva.Layer>;
  readonly onDragStart: (node: Konva.Group) => void;
  readonly onDragEnd: (noteId: string, node: Konva.Group) => void;
  readonly onOpen: (noteId: string) => void;
  /** False on the stage's first commit: the layer is added empty (see TimelineStage). */
  readonly filled?: boolean;
}

const NO_NOTES: readonly Note[] = [];

/** A body from `x`, `width` wide, reaches into the view or a screen either side of it. */
const withinReach = (x: number, width: number, screen: number): boolean =>
  x + width >= -screen && x <= 2 * screen;

/**
 * The sticky notes: the only layer that listens to the pointer. A note whose body lies
 * more than a screen beyond either edge of the view is not on the stage: zoomed in, each
 * zoom or pan had re-rendered, redrawn and pictured every note of the incident. A screen
 * either side is kept because a pan or zoom moves a picture of that much (panSnapshot).
 */
export const NotesLayer = memo(function NotesLayer({
  notes,
  gaps,
  viewport,
  mainY,
  height,
  scale,
  fontSize,
  footer,
  editable,
  layerRef,
  onDragStart,
  onDragEnd,
  onOpen,
  filled = true,
}: Props) {
  const bounds = useMemo(() => ({ width: viewport.widthPx, height }), [viewport.widthPx, height]);
  return (
    <Layer ref={layerRef} name="notes">
      {(filled ? notes : NO_NOTES).map((note) => {
        const pinX = xOf(viewport, pinInstant(note, gaps));
        const box = noteBox(pinX, mainY, note.offsetY, scale);
        if (!withinReach(box.x, NOTE_WIDTH * scale, viewport.widthPx)) return null;
        return (
          <StickyNote
            key={note.id}
            note={note}
            x={box.x}
            y={box.y}
            mainY={mainY}
            scale={scale}
            fontSize={fontSize}
            footer={footer(note)}
            draggable={editable}
            bounds={bounds}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onOpen={onOpen}
          />
        );
      })}
    </Layer>
  );
});
