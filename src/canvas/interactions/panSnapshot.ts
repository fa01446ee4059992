import Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import { layerNamed } from '../layerNamed';
import { returnParkedNotes } from './parkedNotes';

/**
 * While the background is dragged, the drawing moves as one picture: a snapshot of the
 * stage (a screen either side included) on the drag layer, the real layers hidden. Each
 * pan frame then redraws one image instead of every dot and note (software raster costs
 * tens of ms per full redraw with hundreds of notes). Released, the real layers come back
 * drawn for the new view.
 */
export interface PanSnapshot {
  move(dx: number): void;
  /**
   * Zooms the picture: `scale` times wider, with the picture's x = 0 (the view's left edge
   * when it was taken) now at `left`.
   */
  zoom(left: number, scale: number): void;
  /** Shows the real layers again and drops the picture. */
  end(): void;
}

export function startPanSnapshot(stage: Konva.Stage): PanSnapshot | null {
  const host = layerNamed(stage, 'drag');
  if (host === undefined) return null;
  // Notes parked on the drag layer after a drop belong in the picture of the notes layer.
  returnParkedNotes(stage);
  const width = stage.width();
  const height = stage.height();
  const others = stage.getLayers().filter((l) => l !== host);
  const canvas = drawPicture(stage, others, width, height);
  const image = new Konva.Image({
    image: canvas,
    x: -width,
    y: 0,
    width: 3 * width,
    height,
    listening: false,
  });
  host.add(image);
  for (const layer of others) layer.hide();
  host.batchDraw();
  return {
    move(dx) {
      image.x(-width + dx);
      host.batchDraw();
    },
    zoom(left, scale) {
      image.scaleX(scale);
      image.x(left - width * scale);
      host.batchDraw();
    },
    end() {
      image.destroy();
      for (const layer of others) layer.show();
      stage.batchDraw();
    },
  };
}

/** One picture canvas per stage, kept between gestures (resized only with the stage). */
const pictures = new WeakMap<Konva.Stage, SceneCanvas>();

/**
 * The visible layers drawn, a screen either side included, into the stage's picture
 * canvas. `stage.toCanvas` would make a new canvas of 3 screens for the stage and one per
 * layer at every gesture: measured, allocating them took 350–590 ms a wheel burst with
 * software raster, more than drawing the layers themselves. The layers here draw no
 * blending across one another, so one canvas holds them all.
 */
function drawPicture(
  stage: Konva.Stage,
  layers: readonly Konva.Layer[],
  width: number,
  height: number,
): HTMLCanvasElement {
  const pixelRatio = Math.min(2, globalThis.devicePixelRatio || 1);
  let picture = pictures.get(stage);
  if (picture === undefined || picture.getPixelRatio() !== pixelRatio) {
    picture = new SceneCanvas({ width: 3 * width, height, pixelRatio });
    pictures.set(stage, picture);
  } else {
    picture.setSizeIfChanged(3 * width, height);
  }
  const context = picture.getContext();
  context.clear();
  context.save();
  context.translate(width, 0);
  for (const layer of layers) {
    if (!layer.isVisible()) continue;
    // Each layer would clear the canvas first: the picture holds them all.
    const clears = layer.clearBeforeDraw();
    layer.clearBeforeDraw(false);
    layer.drawScene(picture);
    layer.clearBeforeDraw(clears);
  }
  context.restore();
  return picture._canvas;
}
