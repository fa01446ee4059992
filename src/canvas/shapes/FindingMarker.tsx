import { Group, RegularPolygon, Text } from 'react-konva';
import { FINDING_MARK, INK } from '../palette';

interface Props {
  /** The marker's id suffix: the first communication of its dot. */
  readonly id: string;
  /** The dot's centre. */
  readonly x: number;
  readonly y: number;
  /** The dot's radius (a binned dot is larger). */
  readonly dotRadius: number;
  /** The drawing's base dot radius: the marker's size follows the mode. */
  readonly size: number;
  /** The main line's width: the marker clears the gap bar drawn over the line. */
  readonly lineWidth: number;
}

/**
 * A small warning triangle with "!" just above a dot whose message has findings of the
 * message checks (drawn in step 3). A mark, not an element: it does not listen.
 */
export function FindingMarker({ id, x, y, dotRadius, size, lineWidth }: Props) {
  const r = size * 1.6;
  const bottom = y - dotRadius - lineWidth - 5;
  const cy = bottom - r / 2;
  const fontSize = Math.round(r * 1.2);
  return (
    <Group name="finding-marker" id={`finding-${id}`} x={x} y={cy} listening={false}>
      <RegularPolygon
        sides={3}
        radius={r}
        fill={FINDING_MARK}
        stroke={INK}
        strokeWidth={1.5}
        lineJoin="round"
        perfectDrawEnabled={false}
      />
      <Text
        x={-r}
        y={-fontSize / 2 + r * 0.12}
        width={2 * r}
        align="center"
        text="!"
        fontSize={fontSize}
        fontStyle="bold"
        fill={INK}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}
