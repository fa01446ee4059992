/**
 * The drawing's probe (`window.gaplineTimeline`), which the browser tests and the bench
 * use to find notes and dots on the canvas: it finds a note among the notes layer's
 * children, where the note is drawn.
 */
import type Konva from 'konva';
import { afterEach, describe, expect, it } from 'vitest';
import { makeNote } from '../support/makeNote';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  delete window.gaplineTimeline;
});

describe('the timeline probe', () => {
  it('says where each note is drawn, and null for a note that is not there', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const at = data.incident.alert ?? 0;
    const notes = [
      makeNote(data.review.id, { id: 'n1', at: at + 10 * 60_000, offsetY: -60 }),
      makeNote(data.review.id, { id: 'n2', at: at + 40 * 60_000, offsetY: -140 }),
    ];
    const { stage } = await renderTimelineCanvas({ ...data, notes });
    const probe = window.gaplineTimeline;
    expect(probe).toBeDefined();
    for (const id of ['n1', 'n2']) {
      const node = stage().findOne(`#note-${id}`) as Konva.Group;
      const rect = probe?.noteRect(id);
      expect(rect).not.toBeNull();
      // jsdom lays nothing out: the stage's container is at 0,0 of the page.
      expect(rect?.x).toBeCloseTo(node.x());
      expect(rect?.y).toBeCloseTo(node.y());
    }
    expect(probe?.noteRect('n1')?.x).toBeLessThan(probe?.noteRect('n2')?.x ?? 0);
    expect(probe?.noteRect('missing')).toBeNull();
    expect(probe?.noteIds()).toEqual(['n1', 'n2']);
  });
});
