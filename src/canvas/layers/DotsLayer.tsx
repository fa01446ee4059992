import { memo } from 'react';
import { Circle, Layer, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneDot } from '../layout/timelineScene';
import { INK, PAPER, channelColour } from '../palette';
import { FindingMarker } from '../shapes/FindingMarker';

interface Props {
  readonly dots: readonly SceneDot[];
  readonly metrics: SceneMetrics;
  /** Communications with findings of the message checks: their dots get a marker. */
  readonly flagged: ReadonlySet<string>;
}

/** No dot is marked (every step but 3, the presenter, the PDF's drawing). */
export const NO_FLAGGED: ReadonlySet<string> = new Set();

/** A binned dot grows a little with the messages it stands for. */
export const dotRadius = (dot: SceneDot, metrics: SceneMetrics): number =>
  metrics.dotRadius + Math.min(4, Math.log2(dot.ids.length));

/**
 * A dot per communication (or per bin when zoomed far out), on a `listening={false}`
 * layer: pointing at dots is a hit test on the scene, not a Konva event per node.
 * Internal events are hollow; single-use channels on the main line carry their name; a
 * dot whose message has findings (`flagged`, step 3) carries a warning marker above it.
 */
export const DotsLayer = memo(function DotsLayer({ dots, metrics, flagged }: Props) {
  return (
    <Layer listening={false} name="dots">
      {dots.map((dot) => {
        const colour = channelColour(dot.channelIndex);
        const key = dot.ids[0] ?? `${dot.x}`;
        return (
          <Circle
            key={key}
            name={dot.kind === 'internal' ? 'dot internal' : 'dot'}
            id={`dot-${key}`}
            x={dot.x}
            y={dot.y}
            radius={dotRadius(dot, metrics)}
            fill={dot.hollow ? PAPER : colour}
            stroke={dot.kind === 'resolution' ? INK : colour}
            strokeWidth={dot.kind === 'resolution' ? 3 : 2}
            perfectDrawEnabled={false}
          />
        );
      })}
      {dots.map((dot) =>
        dot.label === null ? null : (
          <Text
            key={`label-${dot.ids[0] ?? dot.x}`}
            name="dot-label"
            x={dot.x - 60}
            y={dot.y + metrics.dotRadius + 10}
            width={120}
            align="center"
            text={dot.label}
            fontSize={metrics.smallFontSize}
            fill={channelColour(dot.channelIndex)}
            perfectDrawEnabled={false}
          />
        ),
      )}
      {flagged.size > 0 &&
        dots.map((dot) =>
          dot.ids.some((id) => flagged.has(id)) ? (
            <FindingMarker
              key={`finding-${dot.ids[0] ?? dot.x}`}
              id={dot.ids[0] ?? `${dot.x}`}
              x={dot.x}
              y={dot.y}
              dotRadius={dotRadius(dot, metrics)}
              size={metrics.dotRadius}
              lineWidth={metrics.lineWidth}
            />
          ) : null,
        )}
    </Layer>
  );
});
