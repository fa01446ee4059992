import { Line, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneTick } from '../layout/timelineScene';
import { GRID, INK, MUTED_INK } from '../palette';

interface Props {
  readonly ticks: readonly SceneTick[];
  readonly axisY: number;
  readonly metrics: SceneMetrics;
  /** Clock time, or the date for a tick on a local midnight. */
  readonly label: (tick: SceneTick) => string;
}

/** Grid lines and the time labels under the drawing, in the incident's zone. */
export function AxisTicks({ ticks, axisY, metrics, label }: Props) {
  return (
    <>
      <Line points={[-100_000, axisY, 100_000, axisY]} stroke={GRID} strokeWidth={1} />
      {ticks.map((tick) => (
        <Line
          key={`l${tick.instant}`}
          name="tick"
          points={[tick.x, 0, tick.x, axisY + 6]}
          stroke={GRID}
          strokeWidth={tick.midnight ? 2 : 1}
        />
      ))}
      {ticks.map((tick) => (
        <Text
          key={`t${tick.instant}`}
          x={tick.x - 60}
          y={axisY + 10}
          width={120}
          align="center"
          text={label(tick)}
          fontSize={metrics.smallFontSize}
          fontStyle={tick.midnight ? 'bold' : 'normal'}
          fill={tick.midnight || metrics.strongText ? INK : MUTED_INK}
        />
      ))}
    </>
  );
}
