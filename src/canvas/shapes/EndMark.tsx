import { Line, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import { INK } from '../palette';
import { labelRowHeight } from './labelRowHeight';

interface Props {
  readonly x: number;
  readonly mainY: number;
  readonly label: string;
  readonly metrics: SceneMetrics;
  readonly name: string;
  /** The row its name is written on (EndName): 1 is a row higher. */
  readonly row?: number;
}

/** The initial alert or the resolution: a bar across the main line with its name. */
export function EndMark({ x, mainY, label, metrics, name, row = 0 }: Props) {
  const half = metrics.circleRy + 6;
  return (
    <>
      <Line name={name} points={[x, mainY - half, x, mainY + half]} stroke={INK} strokeWidth={3} />
      <Text
        x={x - 100}
        name={`${name}-name`}
        y={mainY - half - metrics.smallFontSize - 4 - row * labelRowHeight(metrics)}
        width={200}
        align="center"
        text={label}
        fontSize={metrics.smallFontSize}
        fontStyle="bold"
        fill={INK}
      />
    </>
  );
}
