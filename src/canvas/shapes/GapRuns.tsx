import type Konva from 'konva';
import { Shape } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneGap } from '../layout/timelineScene';
import { GAP_COLOURS } from '../palette';

interface Props {
  /** Merged runs of narrow in-target gaps (`merged > 1`): bars only, no labels. */
  readonly runs: readonly SceneGap[];
  readonly mainY: number;
  readonly metrics: SceneMetrics;
}

/**
 * Every merged run of narrow in-target gaps as ONE shape that paints their bars: a zoom
 * regroups the runs, and one node redrawn costs nothing next to hundreds remounted.
 */
export function GapRuns({ runs, mainY, metrics }: Props) {
  const barY = mainY - metrics.lineWidth - 8;
  return (
    <Shape
      name="gap-runs"
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context: Konva.Context) => {
        for (const run of runs) {
          context.setAttr('fillStyle', GAP_COLOURS[run.status]);
          context.fillRect(run.x0, barY, Math.max(1, run.x1 - run.x0), 5);
        }
      }}
    />
  );
}
