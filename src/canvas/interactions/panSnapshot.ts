import Konva from 'konva';

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
  const host = stage.findOne<Konva.Layer>('.drag');
  if (host === undefined) return null;
  const width = stage.width();
  const height = stage.height();
  const others = stage.getLayers().filter((l) => l !== host);
  const canvas = stage.toCanvas({
    x: -width,
    y: 0,
    width: 3 * width,
    height,
    pixelRatio: Math.min(2, globalThis.devicePixelRatio || 1),
  });
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
