/**
 * The circles of over-target gaps (issue "The timeline": every over-target gap circled),
 * drawn as one shape: each such gap but the longest gets its ellipse, stroked once.
 */
import type Konva from 'konva';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { EDIT_METRICS } from '../../../src/canvas/layout/sceneMetrics';
import type { SceneGap } from '../../../src/canvas/layout/timelineScene';
import { GAP_COLOURS } from '../../../src/canvas/palette';
import { CIRCLE_MARGIN_PX, GapCircles } from '../../../src/canvas/shapes/GapCircles';

const gap = (index: number, x0: number, x1: number, o: Partial<SceneGap> = {}): SceneGap => ({
  index,
  x0,
  x1,
  minutes: 40,
  status: 'gap',
  longest: false,
  merged: 1,
  labelled: false,
  labelRow: 0,
  ...o,
});

/** Runs the shape's drawing on a context that records what it is asked to draw. */
function draw(gaps: readonly SceneGap[], mainY = 300) {
  const element = GapCircles({ gaps, mainY, metrics: EDIT_METRICS }) as ReactElement<{
    sceneFunc: (context: Konva.Context) => void;
  }>;
  const ellipses: number[][] = [];
  const attrs: Record<string, unknown> = {};
  let strokes = 0;
  const context = {
    beginPath: () => undefined,
    moveTo: () => undefined,
    setAttr: (name: string, value: unknown) => (attrs[name] = value),
    stroke: () => (strokes += 1),
    _context: { ellipse: (...args: number[]) => ellipses.push(args) },
  };
  element.props.sceneFunc(context as unknown as Konva.Context);
  return { ellipses, attrs, strokes };
}

describe('GapCircles', () => {
  it('circles every over-target gap but the longest, in one stroke', () => {
    const gaps = [
      gap(0, 0, 40),
      gap(1, 40, 50, { status: 'ok' }),
      gap(2, 50, 51),
      gap(3, 51, 200, { longest: true }),
      gap(4, 200, 230, { status: 'late' }),
      gap(5, 230, 290),
    ];
    const y = 300 - EDIT_METRICS.lineWidth;
    const { ellipses, attrs, strokes } = draw(gaps);
    const ring = (g: SceneGap) => {
      const w = Math.max(1, g.x1 - g.x0);
      return [g.x0 + w / 2, y, w / 2 + CIRCLE_MARGIN_PX, EDIT_METRICS.circleRy, 0, 0, 2 * Math.PI];
    };
    expect(ellipses).toEqual([gaps[0], gaps[2], gaps[5]].map((g) => ring(g as SceneGap)));
    expect(strokes).toBe(1);
    expect(attrs.strokeStyle).toBe(GAP_COLOURS.gap);
  });

  it('draws nothing when no gap is over target', () => {
    const { ellipses, strokes } = draw([
      gap(0, 0, 40, { status: 'ok' }),
      gap(1, 40, 80, { longest: true }),
    ]);
    expect(ellipses).toEqual([]);
    expect(strokes).toBe(0);
  });
});
