import type Konva from 'konva';
import { Shape } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneGap } from '../layout/timelineScene';
import { GAP_COLOURS } from '../palette';

interface Props {
  /** Every gap mark of the scene; the over-target ones that are not the longest are circled. */
  readonly gaps: readonly SceneGap[];
  readonly mainY: number;
  readonly metrics: SceneMetrics;
}

/** How far a circle reaches past its gap on each side. */
export const CIRCLE_MARGIN_PX = 14;

/**
 * The circle around every over-target gap but the longest (those are `GapMark`s, in a
 * heavier ring), as ONE shape stroked once: zoomed out on 100,000 messages, 529 circles
 * were 529 Konva ellipses to make, measure and draw on opening (~50 ms of one task).
 */
export function GapCircles({ gaps, mainY, metrics }: Props) {
  const y = mainY - metrics.lineWidth;
  return (
    <Shape
      name="gap-circles"
      gaps={gaps}
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context: Konva.Context) => {
        context.beginPath();
        let any = false;
        for (const gap of gaps) {
          if (gap.status !== 'gap' || gap.longest) continue;
          const width = Math.max(1, gap.x1 - gap.x0);
          const rx = width / 2 + CIRCLE_MARGIN_PX;
          const cx = gap.x0 + width / 2;
          context.moveTo(cx + rx, y);
          context._context.ellipse(cx, y, rx, metrics.circleRy, 0, 0, 2 * Math.PI);
          any = true;
        }
        if (!any) return;
        context.setAttr('strokeStyle', GAP_COLOURS.gap);
        context.setAttr('lineWidth', 2.5);
        context.stroke();
      }}
    />
  );
}
