/**
 * Panning and wheel-zooming move one picture of the drawing (a screen either side
 * included) instead of redrawing every node. The picture is drawn into one canvas kept
 * for the stage: making new canvases of three screens at each gesture (`stage.toCanvas`)
 * cost hundreds of milliseconds a wheel burst. The screen in view is copied from the
 * layers' own canvases; a side screen is drawn once the gesture shows it, with only the
 * nodes that reach into it.
 */
import Konva from 'konva';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPanSnapshot } from '../../../src/canvas/interactions/panSnapshot';

const WIDTH = 300;
const HEIGHT = 100;

const square = (x: number, fill: string) =>
  new Konva.Rect({ x, y: 10, width: 20, height: 20, fill });

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A stage of three layers, drawn and at rest (no draw still to come). */
async function makeStage() {
  const container = document.createElement('div');
  document.body.append(container);
  const stage = new Konva.Stage({ container, width: WIDTH, height: HEIGHT });
  const background = new Konva.Layer();
  const notes = new Konva.Layer({ name: 'notes' });
  // One square in view, one a screen to the left, one a screen to the right, one beyond.
  background.add(square(10, '#ff0000'), square(-150, '#ff0000'));
  notes.add(square(100, '#0000ff'), square(400, '#0000ff'), square(1_000, '#0000ff'));
  const drag = new Konva.Layer({ name: 'drag' });
  stage.add(background, notes, drag);
  stage.draw();
  await nextFrame();
  return { stage, background, notes, drag };
}

/** What vitest-canvas-mock records of a canvas's drawing (jsdom has no pixels). */
interface DrawCall {
  type: string;
  transform: number[];
  props: { img?: unknown; dx?: number; dWidth?: number };
}
interface RecordedContext {
  __getDrawCalls(): DrawCall[];
  __clearDrawCalls(): void;
}

const recorded = (canvas: HTMLCanvasElement) =>
  canvas.getContext('2d') as unknown as RecordedContext;

/** Where the picture's shapes were filled, in the view's x (the picture starts a screen left). */
function fills(picture: HTMLCanvasElement): number[] {
  return recorded(picture)
    .__getDrawCalls()
    .filter((call) => call.type === 'fill')
    .map((call) => (call.transform[4] ?? 0) - WIDTH)
    .sort((a, b) => a - b);
}

const copies = (picture: HTMLCanvasElement) =>
  recorded(picture)
    .__getDrawCalls()
    .filter((call) => call.type === 'drawImage')
    .map((call) => call.props);

const pictureOf = (drag: Konva.Layer) =>
  (drag.findOne('Image') as Konva.Image).image() as HTMLCanvasElement;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the pan and zoom picture', () => {
  it('copies the layers into its middle screen, hides them while shown, and brings them back', async () => {
    const { stage, background, notes, drag } = await makeStage();
    const toCanvas = vi.spyOn(stage, 'toCanvas');
    const drawScene = vi.spyOn(Konva.Rect.prototype, 'drawScene');
    const snapshot = startPanSnapshot(stage);
    expect(snapshot).not.toBeNull();
    const picture = pictureOf(drag);
    expect(picture.width).toBe(3 * WIDTH);
    // Each layer's canvas, as drawn, into the middle screen: no shape is drawn again.
    expect(copies(picture)).toEqual([
      expect.objectContaining({ img: background.getNativeCanvasElement(), dx: WIDTH }),
      expect.objectContaining({ img: notes.getNativeCanvasElement(), dx: WIDTH }),
    ]);
    expect(fills(picture)).toEqual([]);
    expect(drawScene).not.toHaveBeenCalled();
    expect(background.isVisible() || notes.isVisible()).toBe(false);
    expect(toCanvas).not.toHaveBeenCalled();

    snapshot?.end();
    expect(drag.find('Image')).toHaveLength(0);
    expect(background.isVisible() && notes.isVisible()).toBe(true);
  });

  it('draws a side screen once a pan shows it, with only the nodes that reach into it', async () => {
    const { stage, drag } = await makeStage();
    const snapshot = startPanSnapshot(stage);
    const picture = pictureOf(drag);
    // Dragged left: the screen to the right comes into view.
    snapshot?.move(-40);
    expect((drag.findOne('Image') as Konva.Image).x()).toBe(-WIDTH - 40);
    expect(fills(picture)).toEqual([400]);
    snapshot?.move(-80);
    expect(fills(picture)).toEqual([400]); // drawn once
    // Back past the start: the screen to the left.
    snapshot?.move(30);
    expect(fills(picture)).toEqual([-150, 400]);
    snapshot?.end();
  });

  it('draws no side for a zoom in, both for a zoom out', async () => {
    const { stage, drag } = await makeStage();
    const zoomIn = startPanSnapshot(stage);
    const picture = pictureOf(drag);
    zoomIn?.zoom(-30, 1.2);
    zoomIn?.zoom(-90, 1.5);
    expect(fills(picture)).toEqual([]);
    zoomIn?.end();

    recorded(picture).__clearDrawCalls();
    const zoomOut = startPanSnapshot(stage);
    zoomOut?.zoom(30, 0.8);
    expect(fills(picture)).toEqual([-150, 400]);
    zoomOut?.end();
  });

  it('draws a layer with a draw still to come before copying it, the drag layer’s notes back in it', async () => {
    const { stage, notes, drag } = await makeStage();
    // A dropped note parked on the drag layer, drawn there only.
    const parked = new Konva.Group({ name: 'note', x: 200, y: 0 });
    parked.add(square(0, '#00ff00'));
    drag.add(parked);
    drag.draw();
    const layerDrawn = recorded(notes.getNativeCanvasElement());
    layerDrawn.__clearDrawCalls();

    const snapshot = startPanSnapshot(stage);
    expect(parked.getLayer()).toBe(notes);
    const filledAt = layerDrawn
      .__getDrawCalls()
      .filter((call) => call.type === 'fill')
      .map((call) => call.transform[4]);
    expect(filledAt).toContain(200);
    // …and then copied, with the note in it.
    const picture = pictureOf(drag);
    expect(copies(picture).map((copy) => copy.img)).toContain(notes.getNativeCanvasElement());
    snapshot?.end();
  });

  it('draws the next gesture into the same canvas, with what changed since', async () => {
    const { stage, notes, drag } = await makeStage();
    const first = startPanSnapshot(stage);
    const picture = pictureOf(drag);
    first?.end();
    recorded(picture).__clearDrawCalls();

    notes.findOne('Rect')?.x(-200);
    notes.draw();
    const second = startPanSnapshot(stage);
    expect(pictureOf(drag)).toBe(picture);
    // Cleared, copied again, and the side drawn as it is now: the square moved left.
    expect(
      recorded(picture)
        .__getDrawCalls()
        .some((call) => call.type === 'clearRect'),
    ).toBe(true);
    expect(copies(picture)).toHaveLength(2);
    second?.move(10);
    expect(fills(picture)).toEqual([-200, -150]);
    second?.end();
  });
});
