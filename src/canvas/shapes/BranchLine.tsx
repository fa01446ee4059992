import { Line, Text } from 'react-konva';
import type { SceneMetrics } from '../layout/sceneMetrics';
import type { SceneBranch } from '../layout/timelineScene';
import { channelColour } from '../palette';

interface Props {
  readonly branch: SceneBranch;
  readonly mainY: number;
  readonly metrics: SceneMetrics;
}

/**
 * A channel's branch: drops from the main line at the channel's first use and runs
 * parallel to it, with the channel's name in its colour at the start.
 */
export function BranchLine({ branch, mainY, metrics }: Props) {
  const colour = channelColour(branch.channelIndex);
  return (
    <>
      <Line
        name="branch"
        points={[branch.x0, mainY, branch.x0, branch.y, Math.max(branch.x1, branch.x0), branch.y]}
        stroke={colour}
        strokeWidth={metrics.lineWidth - 1}
        lineCap="round"
        lineJoin="round"
      />
      <Text
        name="branch-label"
        x={branch.x0 + metrics.dotRadius + 6}
        y={branch.y - metrics.smallFontSize - metrics.dotRadius - 2}
        text={branch.channel}
        fontSize={metrics.smallFontSize}
        fontStyle="bold"
        fill={colour}
      />
    </>
  );
}
