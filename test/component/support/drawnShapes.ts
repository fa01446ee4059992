import type Konva from 'konva';
import type { SceneMetrics } from '../../../src/canvas/layout/sceneMetrics';
import type { SceneDot, SceneGap } from '../../../src/canvas/layout/timelineScene';

/** The dots the drawing's one dots shape draws, and the metrics it draws them with. */
export function drawnDots(stage: Konva.Stage): {
  dots: readonly SceneDot[];
  metrics: SceneMetrics;
} {
  const shape = stage.findOne('.dot-shapes');
  if (shape === undefined) throw new Error('no dots shape on the stage');
  return {
    dots: shape.getAttr('dots') as readonly SceneDot[],
    metrics: shape.getAttr('metrics') as SceneMetrics,
  };
}

/** The dot that draws communication `id`. */
export function dotOf(stage: Konva.Stage, id: string): SceneDot {
  const dot = drawnDots(stage).dots.find((d) => d.ids.includes(id));
  if (dot === undefined) throw new Error(`no dot draws ${id}`);
  return dot;
}

/** The gap bars the drawing's one gap-bars shape draws (merged runs count once). */
export function drawnGaps(stage: Konva.Stage): readonly SceneGap[] {
  const shape = stage.findOne('.gap-bars');
  if (shape === undefined) throw new Error('no gap-bars shape on the stage');
  return shape.getAttr('gaps') as readonly SceneGap[];
}
