import { memo } from 'react';
import { Layer, Shape, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneDot } from '../layout/timelineScene';
import { channelColour } from '../palette';
import { dotRadius, drawDots } from '../shapes/drawDots';
import { FindingMarker } from '../shapes/FindingMarker';

interface Props {
  readonly dots: readonly SceneDot[];
  readonly metrics: SceneMetrics;
  /** Communications with findings of the message checks: their dots get a marker. */
  readonly flagged: ReadonlySet<string>;
  /** False on the stage's first commit: the layer is added empty (see TimelineStage). */
  readonly filled?: boolean;
}

/** No dot is marked (every step but 3, the presenter, the PDF's drawing). */
export const NO_FLAGGED: ReadonlySet<string> = new Set();

/**
 * A dot per communication (or per bin when zoomed far out), on a `listening={false}`
 * layer: pointing at dots is a hit test on the scene, not a Konva event per node. The dots
 * are one shape (`drawDots`), which carries them as its `dots` attribute.
 * Internal events are hollow; single-use channels on the main line carry their name; a
 * dot whose message has findings (`flagged`, step 3) carries a warning marker above it.
 */
export const DotsLayer = memo(function DotsLayer({ dots, metrics, flagged, filled = true }: Props) {
  return (
    <Layer listening={false} name="dots">
      {filled && (
        <>
          <Shape
            name="dot-shapes"
            dots={dots}
            metrics={metrics}
            listening={false}
            perfectDrawEnabled={false}
            sceneFunc={(context, shape) =>
              drawDots(context, shape.getAttr('dots') as readonly SceneDot[], metrics)
            }
          />
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
        </>
      )}
    </Layer>
  );
});
