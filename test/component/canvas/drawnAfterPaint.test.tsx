/**
 * The timeline drawing is made after the page's first paint (React's background work): the
 * first commit has the drawing's box, empty and `aria-busy`, and no Konva stage; the stage
 * and its dots follow. With 100,000 messages, placing them and making the stage took
 * ~450 ms of the page's first task on reopening.
 */
import { act } from '@testing-library/react';
import Konva from 'konva';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as sharedLanes from '../../../src/canvas/layout/sharedChannelLanes';
import * as timelineScene from '../../../src/canvas/layout/timelineScene';
import { drawnDots } from '../support/drawnShapes';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  vi.restoreAllMocks();
  delete window.gaplineTimeline;
});

describe('the timeline drawing on opening', () => {
  it('first commits an empty, busy box without a stage, then draws every message', async () => {
    const stagesBefore = Konva.stages.length;
    const scenes = vi.spyOn(timelineScene, 'buildTimelineScene');
    const commits: { busy: string | null; stages: number; placed: number }[] = [];
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage } = await renderTimelineCanvas(data, {
      onCommit: () =>
        commits.push({
          busy: document.querySelector('.timeline-canvas')?.getAttribute('aria-busy') ?? null,
          stages: Konva.stages.length - stagesBefore,
          placed: Math.max(0, ...scenes.mock.calls.map(([input]) => input.communications.length)),
        }),
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(commits[0]).toEqual({ busy: 'true', stages: 0, placed: 0 });
    expect(commits.at(-1)).toEqual({
      busy: null,
      stages: 1,
      placed: data.communications.length,
    });
    // Fit shows the incident: all but the next-day post-mortem.
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
  });
});

describe('the scene on opening', () => {
  it('is made a frame after the lanes are placed (each is a long task at 100,000 messages)', async () => {
    let commits = 0;
    let lanesAt: number | null = null;
    let sceneAt: number | null = null;
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const shared = sharedLanes.sharedChannelLanes;
    vi.spyOn(sharedLanes, 'sharedChannelLanes').mockImplementation((...args) => {
      lanesAt ??= commits;
      return shared(...args);
    });
    const build = timelineScene.buildTimelineScene;
    vi.spyOn(timelineScene, 'buildTimelineScene').mockImplementation((input) => {
      if (input.communications.length > 0) sceneAt ??= commits;
      return build(input);
    });
    const { stage } = await renderTimelineCanvas(data, {
      onCommit: () => {
        commits += 1;
      },
    });
    expect(lanesAt).not.toBeNull();
    expect(sceneAt).not.toBeNull();
    // Placed while rendering one commit; the scene with the messages in a later one.
    expect(sceneAt ?? 0).toBeGreaterThan(lanesAt ?? 0);
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
    expect(document.querySelector('.timeline-canvas')).not.toHaveAttribute('aria-busy');
  });
});

describe('the stage on opening', () => {
  it('is made a frame after the scene with the messages (each is a long task at 100,000)', async () => {
    let commits = 0;
    let sceneAt: number | null = null;
    let stageAt: number | null = null;
    const stagesBefore = Konva.stages.length;
    const build = timelineScene.buildTimelineScene;
    vi.spyOn(timelineScene, 'buildTimelineScene').mockImplementation((input) => {
      if (input.communications.length > 0) sceneAt ??= commits;
      return build(input);
    });
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage } = await renderTimelineCanvas(data, {
      onCommit: () => {
        commits += 1;
        if (Konva.stages.length > stagesBefore) stageAt ??= commits;
      },
    });
    expect(sceneAt).not.toBeNull();
    expect(stageAt).not.toBeNull();
    // The scene is made while rendering commit `sceneAt + 1`; the stage exists only after a
    // later one.
    expect(stageAt ?? 0).toBeGreaterThan((sceneAt ?? 0) + 1);
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
  });

  it('adds its layers empty, one per commit, then fills them (Konva draws a layer as it is added)', async () => {
    const added: { name: string; children: number; commit: number }[] = [];
    let commits = 0;
    const add = Konva.Stage.prototype.add;
    const spy = vi.spyOn(Konva.Stage.prototype, 'add').mockImplementation(function (
      this: Konva.Stage,
      layer: Konva.Layer,
    ) {
      added.push({ name: layer.name(), children: layer.children.length, commit: commits });
      return add.call(this, layer);
    });
    const data = makeReviewData(CHECKOUT_OUTAGE);
    // The commit in which each layer first has shapes.
    const filledAt = new Map<string, number>();
    const { stage } = await renderTimelineCanvas(data, {
      onCommit: () => {
        commits += 1;
        const stageNow = Konva.stages.at(-1);
        for (const layer of stageNow?.getLayers() ?? []) {
          if (layer.children.length > 0 && !filledAt.has(layer.name()))
            filledAt.set(layer.name(), commits);
        }
        if (stageNow?.findOne('.gap-circle') !== undefined && !filledAt.has('gap marks'))
          filledAt.set('gap marks', commits);
      },
    });
    spy.mockRestore();
    // Then filled, one per commit (each drawn on a frame of its own), after the last add
    // (this review has no notes: its notes layer stays empty).
    const last = Math.max(...added.map((l) => l.commit));
    const background = filledAt.get('background') ?? 0;
    expect(background).toBeGreaterThan(last);
    const dots = filledAt.get('dots') ?? 0;
    expect(dots).toBeGreaterThan(background);
    // The gaps' labels and circles (Konva measures every text) come a frame after.
    expect(filledAt.get('gap marks')).toBeGreaterThan(dots);
    expect(added.map((l) => l.name)).toEqual(['background', 'dots', 'notes', 'highlight', 'drag']);
    expect(added.every((l) => l.children === 0)).toBe(true);
    // Each layer's canvases are sized in a task of its own (five at once: 60–87 ms).
    expect(new Set(added.map((l) => l.commit)).size).toBe(5);
    // Filled since: every message drawn (but the next-day post-mortem, out of view).
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
    expect(stage().findOne('.main-line')).toBeDefined();
  });
});
