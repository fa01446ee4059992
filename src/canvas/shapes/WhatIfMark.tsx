import { Circle, Line, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import { INK, PAPER } from '../palette';

interface Props {
  readonly x: number;
  readonly mainY: number;
  readonly label: string;
  readonly metrics: SceneMetrics;
}

/** A "what if" update: dashed, labelled as hypothetical, apart from the real dots. */
export function WhatIfMark({ x, mainY, label, metrics }: Props) {
  const r = metrics.dotRadius + 2;
  return (
    <>
      <Line
        points={[x, mainY - metrics.circleRy - 6, x, mainY + r + 4]}
        stroke={INK}
        strokeWidth={1.5}
        dash={[4, 4]}
      />
      <Circle
        name="what-if"
        x={x}
        y={mainY}
        radius={r}
        fill={PAPER}
        stroke={INK}
        strokeWidth={2}
        dash={[3, 3]}
      />
      <Text
        x={x + r + 3}
        y={mainY + r + 2}
        text={label}
        fontSize={metrics.smallFontSize}
        fontStyle="italic"
        fill={INK}
      />
    </>
  );
}
