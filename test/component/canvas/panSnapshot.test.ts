/**
 * Panning and wheel-zooming move one picture of the drawing (a screen either side
 * included) instead of redrawing every node. The picture is drawn into one canvas kept
 * for the stage: making new canvases of three screens at each gesture (`stage.toCanvas`)
 * cost hundreds of milliseconds a wheel burst.
 */
import Konva from 'konva';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPanSnapshot } from '../../../src/canvas/interactions/panSnapshot';

const WIDTH = 300;
const HEIGHT = 100;

function makeStage() {
  const container = document.createElement('div');
  document.body.append(container);
  const stage = new Konva.Stage({ container, width: WIDTH, height: HEIGHT });
  const background = new Konva.Layer();
  const notes = new Konva.Layer();
  background.add(new Konva.Rect({ x: 10, y: 10, width: 20, height: 20, fill: '#ff0000' }));
  notes.add(new Konva.Rect({ x: 100, y: 10, width: 20, height: 20, fill: '#0000ff' }));
  const drag = new Konva.Layer({ name: 'drag' });
  stage.add(background, notes, drag);
  stage.draw();
  return { stage, background, notes, drag };
}

/** What vitest-canvas-mock records of a canvas's drawing (jsdom has no pixels). */
interface RecordedContext {
  __getDrawCalls(): { type: string; transform: number[] }[];
  __clearDrawCalls(): void;
}

const recorded = (picture: HTMLCanvasElement) =>
  picture.getContext('2d') as unknown as RecordedContext;

/** Where the picture's shapes were filled, in the view's x (the picture starts a screen left). */
function fills(picture: HTMLCanvasElement): number[] {
  return recorded(picture)
    .__getDrawCalls()
    .filter((call) => call.type === 'fill')
    .map((call) => (call.transform[4] ?? 0) - WIDTH);
}

/** Whether the picture was cleared whole before being drawn. */
const clearedWhole = (picture: HTMLCanvasElement) =>
  recorded(picture)
    .__getDrawCalls()
    .some((call) => call.type === 'clearRect');

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the pan and zoom picture', () => {
  it('holds every layer, hides them while shown, and brings them back', () => {
    const { stage, background, notes, drag } = makeStage();
    const toCanvas = vi.spyOn(stage, 'toCanvas');
    const snapshot = startPanSnapshot(stage);
    expect(snapshot).not.toBeNull();
    const image = drag.findOne('Image') as Konva.Image;
    const picture = image.image() as HTMLCanvasElement;
    expect(picture.width).toBe(3 * WIDTH);
    // Both layers' shapes, at their place in the view.
    expect(fills(picture)).toEqual([10, 100]);
    expect(background.isVisible() || notes.isVisible()).toBe(false);
    expect(toCanvas).not.toHaveBeenCalled();

    snapshot?.move(40);
    expect(image.x()).toBe(-WIDTH + 40);
    snapshot?.end();
    expect(drag.find('Image')).toHaveLength(0);
    expect(background.isVisible() && notes.isVisible()).toBe(true);
  });

  it('draws the next gesture into the same canvas, with what changed since', () => {
    const { stage, notes, drag } = makeStage();
    const first = startPanSnapshot(stage);
    const picture = (drag.findOne('Image') as Konva.Image).image() as HTMLCanvasElement;
    first?.end();
    recorded(picture).__clearDrawCalls();

    notes.findOne('Rect')?.x(200);
    notes.draw();
    const second = startPanSnapshot(stage);
    const again = (drag.findOne('Image') as Konva.Image).image() as HTMLCanvasElement;
    expect(again).toBe(picture);
    // Cleared, then drawn as it is now: the note moved.
    expect(clearedWhole(again)).toBe(true);
    expect(fills(again)).toEqual([10, 200]);
    second?.end();
  });
});
