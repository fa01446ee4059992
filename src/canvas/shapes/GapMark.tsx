import { Ellipse, Text } from 'react-konva';
import { GAP_LABEL_EMS, LONGEST_LABEL_EMS } from '../layout/gapMarkLimits';
import { labelRowHeight } from './labelRowHeight';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneGap } from '../layout/timelineScene';
import { GAP_COLOURS, LONGEST_COLOUR, STRONG_GAP_COLOURS } from '../palette';
import { CIRCLE_MARGIN_PX } from './GapCircles';

interface Props {
  readonly gap: SceneGap;
  readonly mainY: number;
  readonly metrics: SceneMetrics;
  /** `32 min` (and `· Longest` for the longest gaps), in the UI's language. */
  readonly label: string;
}

/**
 * One gap of the analysis: its minutes over its bar (the bars are `GapBars`, the circles
 * of over-target gaps `GapCircles`); the longest one(s), over target, in a heavier, darker
 * ring of their own. A gap with neither label nor ring draws nothing here.
 */
export function GapMark({ gap, mainY, metrics, label }: Props) {
  const width = Math.max(1, gap.x1 - gap.x0);
  const colour = GAP_COLOURS[gap.status];
  const barY = mainY - metrics.lineWidth - 8;
  const over = gap.status === 'gap';
  // No room for its minutes (a narrow in-target gap, a merged run, a label that would
  // overlap another): no label node at all (Konva measures every text it holds).
  const showLabel = gap.labelled;
  // The room GapMarks gave the label, so that `89 min · Longest` stays on one line.
  const room = (gap.longest ? LONGEST_LABEL_EMS : GAP_LABEL_EMS) * metrics.fontSize;
  const labelWidth = Math.max(width + (over ? 28 : 0), 96, room);
  // Over the circle when there is one, just over the bar otherwise.
  const labelY =
    (over
      ? mainY - metrics.lineWidth - metrics.circleRy - metrics.fontSize - 4
      : barY - metrics.fontSize - 4) -
    gap.labelRow * labelRowHeight(metrics);
  // The longest over-target gap's ring is its own node; the others are `GapCircles`.
  const ringed = over && gap.longest;
  if (!showLabel && !ringed) return null;
  return (
    <>
      {showLabel && (
        <Text
          x={gap.x0 + width / 2 - labelWidth / 2}
          y={labelY}
          width={labelWidth}
          align="center"
          text={label}
          fontSize={metrics.fontSize}
          fontStyle={over ? 'bold' : 'normal'}
          fill={
            gap.longest && over
              ? LONGEST_COLOUR
              : metrics.strongText
                ? STRONG_GAP_COLOURS[gap.status]
                : colour
          }
        />
      )}
      {ringed && (
        <Ellipse
          name="gap-circle longest"
          x={gap.x0 + width / 2}
          y={mainY - metrics.lineWidth}
          radiusX={width / 2 + CIRCLE_MARGIN_PX}
          radiusY={metrics.circleRy}
          stroke={LONGEST_COLOUR}
          strokeWidth={5}
        />
      )}
    </>
  );
}
