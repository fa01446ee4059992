import { memo } from 'react';
import { Circle, Layer, Rect } from 'react-konva';
import { FOCUS_RING } from '../palette';

export type Highlight =
  | { readonly kind: 'dot'; readonly x: number; readonly y: number; readonly radius: number }
  | {
      readonly kind: 'note';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    };

/** The ring around what is pointed at or focused in the Timeline table. */
export const HighlightLayer = memo(function HighlightLayer({
  highlight,
}: {
  readonly highlight: Highlight | null;
}) {
  return (
    <Layer listening={false} name="highlight">
      {highlight?.kind === 'dot' && (
        <Circle
          name="focus-ring"
          x={highlight.x}
          y={highlight.y}
          radius={highlight.radius + 6}
          stroke={FOCUS_RING}
          strokeWidth={3}
        />
      )}
      {highlight?.kind === 'note' && (
        <Rect
          name="focus-ring"
          x={highlight.x - 5}
          y={highlight.y - 5}
          width={highlight.width + 10}
          height={highlight.height + 10}
          stroke={FOCUS_RING}
          strokeWidth={3}
          cornerRadius={9}
        />
      )}
    </Layer>
  );
});
