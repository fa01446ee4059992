import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type Konva from 'konva';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import type { Note } from '../../domain/model';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../layout/notePlacement';
import { INK, NOTE_COLOURS } from '../palette';

interface Props {
  readonly note: Note;
  /** Top-left corner of the body (primitives, so an unchanged note is not re-rendered). */
  readonly x: number;
  readonly y: number;
  readonly mainY: number;
  readonly scale: number;
  readonly fontSize: number;
  /** Category and author, e.g. `Confusion · Marta`. */
  readonly footer: string;
  readonly draggable: boolean;
  /** Keeps a dragged body inside the drawing. */
  readonly bounds: { readonly width: number; readonly height: number };
  readonly onDragStart: (node: Konva.Group) => void;
  readonly onDragEnd: (noteId: string, node: Konva.Group) => void;
  readonly onOpen: (noteId: string) => void;
}

/** The pin's dash (one array: a new one each render would redraw the layer). */
const PIN_DASH = [4, 3];

/** Pin from the body's edge nearest the line down (or up) to the main line. */
function pinPoints(bodyY: number, height: number, width: number, mainY: number): number[] {
  const above = bodyY + height / 2 < mainY;
  return [width / 2, above ? height : 0, width / 2, mainY - bodyY];
}

/**
 * A sticky note: a coloured body with its text, pinned to the moment it is about. While
 * dragged, only its pin is updated (on the drag layer), and the store hears of it once,
 * on drop.
 */
export const StickyNote = memo(function StickyNote({
  note,
  x,
  y,
  mainY,
  scale,
  fontSize,
  footer,
  draggable,
  bounds,
  onDragStart,
  onDragEnd,
  onOpen,
}: Props) {
  const group = useRef<Konva.Group>(null);
  const pin = useRef<Konva.Line>(null);
  const head = useRef<Konva.Circle>(null);
  const width = NOTE_WIDTH * scale;
  const height = NOTE_HEIGHT * scale;
  const colours = NOTE_COLOURS[note.category];
  const pad = 8 * scale;

  // Props Konva compares by reference are kept while their inputs are: an unchanged note
  // then sets nothing on its nodes, and its layer is not redrawn.
  const points = useMemo(() => pinPoints(y, height, width, mainY), [y, height, width, mainY]);
  const keepInside = useCallback(
    (pos: Konva.Vector2d) => ({
      x: Math.min(Math.max(pos.x, -width / 2), bounds.width - width / 2),
      y: Math.min(Math.max(pos.y, 4), bounds.height - height - 4),
    }),
    [width, height, bounds],
  );

  // The handlers are made once and read the latest props: a note re-rendered at a new x
  // (every note on a zoom or pan) then changes x alone. New handlers each render had
  // react-konva unbind and bind five listeners per note: a quarter of the ~100 ms a zoom's
  // commit took with 1,000 notes (CPU profile).
  const latest = useRef({ id: note.id, height, width, mainY, onDragStart, onDragEnd, onOpen });
  useLayoutEffect(() => {
    latest.current = { id: note.id, height, width, mainY, onDragStart, onDragEnd, onOpen };
  });
  const handlers = useMemo(
    () => ({
      dragStart: () => {
        if (group.current !== null) latest.current.onDragStart(group.current);
      },
      followPin: () => {
        const node = group.current;
        if (node === null) return;
        const { height: h, width: w, mainY: line } = latest.current;
        pin.current?.points(pinPoints(node.y(), h, w, line));
        head.current?.y(line - node.y());
      },
      dragEnd: () => {
        if (group.current !== null) latest.current.onDragEnd(latest.current.id, group.current);
      },
      open: () => latest.current.onOpen(latest.current.id),
    }),
    [],
  );

  return (
    <Group
      ref={group}
      name="note"
      id={`note-${note.id}`}
      x={x}
      y={y}
      // The body's width: what a pan's picture reads to leave out the notes it does not show.
      width={width}
      draggable={draggable}
      dragBoundFunc={keepInside}
      onDragStart={handlers.dragStart}
      onDragMove={handlers.followPin}
      onDragEnd={handlers.dragEnd}
      onDblClick={handlers.open}
      onDblTap={handlers.open}
    >
      <Line
        ref={pin}
        points={points}
        stroke={colours.edge}
        strokeWidth={2}
        dash={PIN_DASH}
        listening={false}
      />
      <Circle
        ref={head}
        x={width / 2}
        y={mainY - y}
        radius={4}
        fill={colours.edge}
        listening={false}
      />
      <Rect
        width={width}
        height={height}
        fill={colours.fill}
        stroke={colours.edge}
        strokeWidth={note.onGap ? 3 : 1.5}
        cornerRadius={6}
      />
      <Text
        x={pad}
        y={pad}
        width={width - 2 * pad}
        height={height - 2 * pad - fontSize - 2}
        text={note.text}
        fontSize={fontSize}
        lineHeight={1.2}
        fill={INK}
        ellipsis
        listening={false}
      />
      <Text
        x={pad}
        y={height - pad - fontSize + 2}
        width={width - 2 * pad}
        text={footer}
        fontSize={fontSize - 2}
        fontStyle="bold"
        fill={INK}
        wrap="none"
        ellipsis
        listening={false}
      />
    </Group>
  );
});
