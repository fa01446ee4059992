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
 *
 * The screen in view is copied from the layers' own canvases, which already hold it; a
 * screen either side is drawn only once the gesture shows it (a pan one way, a zoom out),
 * and only with the nodes that reach into it. Drawing all three screens at the start of
 * each gesture took 50–130 ms with 1,000 notes (a wheel notch, measured in Chromium).
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
  const others = stage.getLayers().filter((l) => l !== host && l.isVisible());
  const picture = startPicture(stage, others, width, height);
  const image = new Konva.Image({
    image: picture.canvas,
    x: -width,
    y: 0,
    width: 3 * width,
    height,
    listening: false,
  });
  host.add(image);
  for (const layer of others) layer.hide();
  host.batchDraw();
  /** Draws the sides the view shows once the picture's x = 0 is at `left`, `scale` wide. */
  const show = (left: number, scale: number) => {
    if (left > 0) picture.side('left');
    if (left < width * (1 - scale)) picture.side('right');
  };
  return {
    move(dx) {
      show(dx, 1);
      image.x(-width + dx);
      host.batchDraw();
    },
    zoom(left, scale) {
      show(left, scale);
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

type Side = 'left' | 'right';

interface Picture {
  readonly canvas: HTMLCanvasElement;
  /** Draws the screen on that side of the view into the picture (once). */
  side(which: Side): void;
}

/**
 * The stage's picture canvas, three screens wide, cleared, with the visible layers' own
 * canvases copied into the middle screen. `stage.toCanvas` would make a new canvas of 3
 * screens for the stage and one per layer at every gesture: measured, allocating them took
 * 350–590 ms a wheel burst with software raster. The layers here draw no blending across
 * one another, so one canvas holds them all.
 */
function startPicture(
  stage: Konva.Stage,
  layers: readonly Konva.Layer[],
  width: number,
  height: number,
): Picture {
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
  const native = context._context;
  for (const layer of layers) {
    // A layer with a draw still to come (a change this frame, notes returned from the
    // drag layer) is drawn now, so its canvas holds what it holds.
    if (layer._waitingForDraw) layer.draw();
    const source = layer.getNativeCanvasElement();
    native.save();
    native.setTransform(1, 0, 0, 1, 0, 0);
    native.drawImage(
      source,
      0,
      0,
      source.width,
      source.height,
      width * pixelRatio,
      0,
      width * pixelRatio,
      height * pixelRatio,
    );
    native.restore();
  }
  const drawn = new Set<Side>();
  const target = picture;
  return {
    canvas: picture._canvas,
    side(which) {
      if (drawn.has(which)) return;
      drawn.add(which);
      drawSide(target, layers, which === 'left' ? 0 : 2 * width, width, height);
    },
  };
}

/**
 * The nodes of `layers` that reach into the view's x range [from − width, from), drawn
 * into the picture's screen that starts at `from` (0: the left one, 2 × width: the right).
 * A node with a set width (a note, a label) is skipped when its box misses the range;
 * others are drawn, clipped to it.
 */
function drawSide(
  picture: SceneCanvas,
  layers: readonly Konva.Layer[],
  from: number,
  width: number,
  height: number,
): void {
  const context = picture.getContext();
  const viewFrom = from - width;
  const viewTo = viewFrom + width;
  context.save();
  context.beginPath();
  context.rect(from, 0, width, height);
  context.clip();
  context.translate(width, 0);
  for (const layer of layers) {
    for (const node of layer.getChildren()) {
      const box = horizontalBox(node);
      if (box !== null && (box.to < viewFrom || box.from > viewTo)) continue;
      // Drawn relative to its (hidden) layer: the stage and the layers are not moved.
      node.drawScene(picture, layer);
    }
  }
  context.restore();
}

/** [from, to] in the view's x of a node placed by its left edge with a set width, or null. */
function horizontalBox(node: Konva.Node): { from: number; to: number } | null {
  const width: unknown = node.getAttr('width');
  if (typeof width !== 'number' || width <= 0) return null;
  if (node.offsetX() !== 0 || node.scaleX() !== 1 || node.rotation() !== 0) return null;
  const from = node.x();
  return { from, to: from + width };
}
