/**
 * The drawing an export takes (the PDF's timeline page): drawn off screen on a stage of its
 * own, and taken only once that stage has all its layers, filled. The stage adds its layers
 * one per frame; taken at mount, the PDF once showed a black box (an empty stage as JPEG).
 */
import { act, render, waitFor } from '@testing-library/react';
import type Konva from 'konva';
import { createRef, type RefObject } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as exportTimelineImage from '../../../src/canvas/exportTimelineImage';
import {
  TimelineSnapshot,
  type TimelineSnapshotHandle,
} from '../../../src/canvas/TimelineSnapshot';
import type { TimelineJpegSnapshot } from '../../../src/canvas/TimelineSnapshotStage';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { drawnDots, drawnGaps } from '../support/drawnShapes';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';

afterEach(() => vi.restoreAllMocks());

/** Asks for the snapshot and waits (the stage is drawn over a few frames) until it comes. */
async function take(
  ref: RefObject<TimelineSnapshotHandle | null>,
): Promise<TimelineJpegSnapshot | null> {
  const handle = ref.current;
  if (handle === null) throw new Error('no snapshot handle');
  let taken: TimelineJpegSnapshot | null | undefined;
  act(() => {
    void handle.take().then((snapshot) => {
      taken = snapshot;
    });
  });
  await waitFor(() => {
    if (taken === undefined) throw new Error('not taken yet');
  });
  return taken ?? null;
}

describe('the timeline snapshot an export takes', () => {
  it('is taken once every layer is on its stage and filled, and only once', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const seen: { layers: string[]; dots: number; gaps: number; mainLine: boolean }[] = [];
    vi.spyOn(exportTimelineImage, 'timelineImageDataUrl').mockImplementation(
      (stage: Konva.Stage) => {
        seen.push({
          layers: stage.getLayers().map((l) => l.name()),
          dots: drawnDots(stage).dots.length,
          gaps: drawnGaps(stage).length,
          mainLine: stage.findOne('.main-line') !== undefined,
        });
        // What Chromium's toDataURL gives (jsdom's canvas stand-in draws no pixels).
        return 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ';
      },
    );
    const ref = createRef<TimelineSnapshotHandle>();
    render(
      <I18nProvider initialLanguage="en">
        <TimelineSnapshot ref={ref} data={data} zone="UTC" />
      </I18nProvider>,
    );
    const taken = await take(ref);
    expect(seen).toEqual([
      {
        layers: ['background', 'dots', 'notes', 'highlight', 'drag'],
        // The whole incident (Fit), every message but the next-day post-mortem.
        dots: data.communications.length - 1,
        gaps: expect.any(Number) as number,
        mainLine: true,
      },
    ]);
    expect(seen[0]?.gaps).toBeGreaterThan(0);
    expect(taken).toMatchObject({ dataUrl: expect.stringMatching(/^data:image\/jpeg/) });
  });
});
