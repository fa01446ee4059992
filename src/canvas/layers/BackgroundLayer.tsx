import { memo } from 'react';
import { Group, Layer, Line, Rect } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneTick, TimelineScene } from '../layout/timelineScene';
import { MAIN_LINE, PAPER } from '../palette';
import { AxisTicks } from '../shapes/AxisTicks';
import { BranchLine } from '../shapes/BranchLine';
import { EndMark } from '../shapes/EndMark';
import { GapMark } from '../shapes/GapMark';
import { GapBars } from '../shapes/GapBars';
import { GapCircles } from '../shapes/GapCircles';
import { PhaseBand } from '../shapes/PhaseBand';
import { WhatIfMark } from '../shapes/WhatIfMark';

export interface BackgroundLabels {
  readonly alert: string;
  readonly whatIf: string;
  readonly resolution: string;
  readonly longest: string;
  readonly phase: (kind: TimelineScene['phases'][number]['kind']) => string;
  readonly minutes: (minutes: number) => string;
  readonly tick: (tick: SceneTick) => string;
}

interface Props {
  readonly scene: TimelineScene;
  readonly metrics: SceneMetrics;
  readonly labels: BackgroundLabels;
  /** False on the stage's first commit: the layer is added empty (see TimelineStage). */
  readonly filled?: boolean;
  /**
   * False until the gaps' labels and circles are drawn, a frame after the rest: their
   * texts are most of the layer's cost (Konva measures each one as it is made).
   */
  readonly marked?: boolean;
}

/**
 * Everything that is never clicked, on one `listening={false}` layer: paper, phase bands,
 * axis, main line, branches, gaps with their circles, the alert and resolution marks.
 */
export const BackgroundLayer = memo(function BackgroundLayer({
  scene,
  metrics,
  labels,
  filled = true,
  marked = true,
}: Props) {
  const { mainY, line } = scene;
  return (
    <Layer listening={false} name="background">
      {filled && (
        <>
          <Rect x={-100_000} y={0} width={200_000} height={scene.height} fill={PAPER} />
          {scene.phases.map((p) => (
            <PhaseBand
              key={p.id}
              phase={p}
              height={scene.axisY}
              label={labels.phase(p.kind)}
              metrics={metrics}
            />
          ))}
          <AxisTicks
            ticks={scene.ticks}
            axisY={scene.axisY}
            metrics={metrics}
            label={labels.tick}
          />
          {scene.branches.map((b) => (
            <BranchLine key={b.lane} branch={b} mainY={mainY} metrics={metrics} />
          ))}
          {line !== null && (
            <Line
              name="main-line"
              points={[line.x0, mainY, line.x1, mainY]}
              stroke={MAIN_LINE}
              strokeWidth={metrics.lineWidth}
              lineCap="round"
            />
          )}
          <GapBars gaps={scene.gaps} mainY={mainY} metrics={metrics} />
          {/* One group, mounted whole with its marks: placed one by one among the layer's
              nodes, each mark searched its siblings (~60 ms at 10,000 messages). */}
          {marked && <GapCircles gaps={scene.gaps} mainY={mainY} metrics={metrics} />}
          {marked && (
            <Group name="gap-marks">
              {scene.gaps.map((g) =>
                g.merged > 1 ? null : (
                  <GapMark
                    key={g.index}
                    gap={g}
                    mainY={mainY}
                    metrics={metrics}
                    label={
                      g.longest && g.status === 'gap'
                        ? `${labels.minutes(g.minutes)} · ${labels.longest}`
                        : labels.minutes(g.minutes)
                    }
                  />
                ),
              )}
            </Group>
          )}
          {scene.whatIfs.map((w) => (
            <WhatIfMark key={w.id} x={w.x} mainY={mainY} label={labels.whatIf} metrics={metrics} />
          ))}
          {scene.alertX !== null && (
            <EndMark
              name="alert-mark"
              x={scene.alertX}
              mainY={mainY}
              label={labels.alert}
              metrics={metrics}
            />
          )}
          {scene.resolutionX !== null && (
            <EndMark
              name="resolution-mark"
              x={scene.resolutionX}
              row={scene.resolutionRow}
              mainY={mainY}
              label={labels.resolution}
              metrics={metrics}
            />
          )}
        </>
      )}
    </Layer>
  );
});
