import type Konva from 'konva';

/** The stage's layer named `name` (looked up among the stage's children, not every node). */
export function layerNamed(stage: Konva.Stage, name: string): Konva.Layer | undefined {
  return stage.getLayers().find((layer) => layer.name() === name);
}
