import { Rect, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { ScenePhase } from '../layout/timelineScene';
import { INK, MUTED_INK, PHASE_COLOURS } from '../palette';

interface Props {
  readonly phase: ScenePhase;
  readonly height: number;
  readonly label: string;
  readonly metrics: SceneMetrics;
}

/** A phase (investigation, escalation, decision, change) as a band behind the line. */
export function PhaseBand({ phase, height, label, metrics }: Props) {
  const width = Math.max(1, phase.x1 - phase.x0);
  return (
    <>
      <Rect
        name="phase"
        x={phase.x0}
        y={0}
        width={width}
        height={height}
        fill={PHASE_COLOURS[phase.kind]}
      />
      <Text
        x={phase.x0 + 6}
        y={6}
        width={Math.max(0, width - 12)}
        text={label}
        fontSize={metrics.smallFontSize}
        fill={metrics.strongText ? INK : MUTED_INK}
        wrap="none"
        ellipsis
      />
    </>
  );
}
