/**
 * The timeline's Konva stage is made once its container's width is known (read right after
 * the first render, before paint), so its layer canvases are allocated once at their real
 * size. Made at a guessed width and resized, every canvas was allocated twice: ~75 ms of
 * a 1,000-message review's opening here.
 */
import { SceneCanvas } from 'konva/lib/Canvas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as timelineScene from '../../../src/canvas/layout/timelineScene';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  vi.restoreAllMocks();
  delete window.gaplineTimeline;
});

describe('the timeline stage', () => {
  it('sizes its canvases once, at the width of its container', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1_234);
    const sizes: number[] = [];
    const setSize = SceneCanvas.prototype.setSize;
    vi.spyOn(SceneCanvas.prototype, 'setSize').mockImplementation(function (
      this: SceneCanvas,
      width: number,
      height: number,
    ) {
      sizes.push(width);
      setSize.call(this, width, height);
    });
    const scenes = vi.spyOn(timelineScene, 'buildTimelineScene');
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage } = await renderTimelineCanvas(data);
    expect(stage().width()).toBe(1_234);
    // The messages are placed only at the real width (before it, on nothing).
    const placed = scenes.mock.calls.filter(([input]) => input.communications.length > 0);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every(([input]) => input.viewport.widthPx === 1_234)).toBe(true);
    expect(
      scenes.mock.calls.every(
        ([input]) => input.viewport.widthPx === 1_234 || input.communications.length === 0,
      ),
    ).toBe(true);
    expect(stage().getLayers()).toHaveLength(5);
    // one scene canvas per layer, each sized once, all at the container's width
    expect(sizes.filter((w) => w > 0)).toEqual([1_234, 1_234, 1_234, 1_234, 1_234]);
  });

  it('falls back to 960 px where nothing is laid out (a width of 0)', async () => {
    const { stage } = await renderTimelineCanvas(makeReviewData(CHECKOUT_OUTAGE));
    expect(stage().width()).toBe(960);
  });
});
