import type { Context } from 'konva/lib/Context';
import { describe, expect, it } from 'vitest';
import { EDIT_METRICS } from '../../../src/canvas/layout/sceneMetrics';
import type { SceneDot } from '../../../src/canvas/layout/timelineScene';
import { INK, PAPER, channelColour } from '../../../src/canvas/palette';
import { dotRadius, drawDots } from '../../../src/canvas/shapes/drawDots';

/** Records what is drawn: each call, and each canvas attribute set. */
function recordingContext() {
  const calls: string[] = [];
  const context = {
    beginPath: () => calls.push('beginPath'),
    closePath: () => calls.push('closePath'),
    arc: (x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`),
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
    setAttr: (name: string, value: unknown) => calls.push(`${name}=${String(value)}`),
  };
  return { calls, context: context as unknown as Context };
}

const dot = (over: Partial<SceneDot>): SceneDot => ({
  ids: ['c1'],
  x: 10,
  y: 20,
  lane: 0,
  channelIndex: 0,
  kind: 'update',
  hollow: false,
  label: null,
  ...over,
});

describe('drawDots', () => {
  it('draws each dot in order: a circle filled and ringed in its style', () => {
    const { calls, context } = recordingContext();
    const dots = [
      dot({}),
      dot({ ids: ['c2', 'c3', 'c4', 'c5'], x: 30 }),
      dot({ ids: ['i1'], x: 50, channelIndex: 1, kind: 'internal', hollow: true }),
      dot({ ids: ['r1'], x: 70, kind: 'resolution' }),
    ];
    drawDots(context, dots, EDIT_METRICS);
    const r = EDIT_METRICS.dotRadius;
    const status = channelColour(0);
    const slack = channelColour(1);
    expect(calls).toEqual([
      'beginPath',
      `arc 10 20 ${r}`,
      'closePath',
      `fillStyle=${status}`,
      'fill',
      `strokeStyle=${status}`,
      'lineWidth=2',
      'stroke',
      // A bin of four grows by log2(4) = 2; the same colours are not set again.
      'beginPath',
      `arc 30 20 ${r + 2}`,
      'closePath',
      'fill',
      'stroke',
      'beginPath',
      `arc 50 20 ${r}`,
      'closePath',
      `fillStyle=${PAPER}`,
      'fill',
      `strokeStyle=${slack}`,
      'stroke',
      'beginPath',
      `arc 70 20 ${r}`,
      'closePath',
      `fillStyle=${status}`,
      'fill',
      `strokeStyle=${INK}`,
      'lineWidth=3',
      'stroke',
    ]);
    expect(dotRadius(dots[1] as SceneDot, EDIT_METRICS)).toBe(r + 2);
  });

  it('draws nothing for no dots', () => {
    const { calls, context } = recordingContext();
    drawDots(context, [], EDIT_METRICS);
    expect(calls).toEqual([]);
  });
});
