import type Konva from 'konva';
import type { GapStatus } from '../../domain/gaps/types';
import { Shape } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneGap } from '../layout/timelineScene';
import { GAP_COLOURS } from '../palette';

interface Props {
  /** Every gap mark of the scene, merged runs included. */
  readonly gaps: readonly SceneGap[];
  readonly mainY: number;
  readonly metrics: SceneMetrics;
}

const GAP_STATUSES: readonly GapStatus[] = ['ok', 'late', 'gap'];

/** The bar of a gap: this tall, its ends rounded this much. */
const BAR_HEIGHT = 5;
const BAR_RADIUS = 2;

/**
 * The bar of every gap over the main line, coloured by status, as ONE shape (carrying them
 * as its `gaps` attribute): 7,800 gaps (10,000 messages) were 7,800 Konva rectangles, made
 * and drawn twice on opening (~300 ms). Labels and circles stay nodes (`GapMark`).
 */
export function GapBars({ gaps, mainY, metrics }: Props) {
  const y = mainY - metrics.lineWidth - 8;
  return (
    <Shape
      name="gap-bars"
      gaps={gaps}
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context: Konva.Context) => {
        // One path and one fill per status: the bars never overlap, so their order does
        // not matter, and 7,800 fills one by one took ~60 ms a frame.
        for (const status of GAP_STATUSES) {
          context.beginPath();
          let any = false;
          for (const gap of gaps) {
            if (gap.status !== status) continue;
            const width = Math.max(1, gap.x1 - gap.x0);
            context._context.roundRect(
              gap.x0,
              y,
              width,
              BAR_HEIGHT,
              Math.min(BAR_RADIUS, width / 2),
            );
            any = true;
          }
          if (!any) continue;
          context.setAttr('fillStyle', GAP_COLOURS[status]);
          context.fill();
        }
      }}
    />
  );
}
