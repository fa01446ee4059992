/**
 * The review page adds its sections below the first screen a frame apart: while preparing,
 * the drawing comes after the incident's details and the gap table (after the gap table,
 * itself a frame later, when the review has more messages than a table renders at once);
 * then the Timeline table; then the Communications table and the rest. In the session the
 * drawing is the first screen and comes at once. Made and laid out together, a 10,000-message review's first
 * render was one task of ~70–110 ms and its first layout another of ~70–120 ms (issue
 * "Fast at real sizes").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../../src/domain/demo/makeDemoReview';
import type { ReviewData } from '../../../src/domain/model';
import { newId } from '../../../src/domain/newId';
import { newSession } from '../../../src/domain/workshop/stepTimer';
import { VIRTUALIZE_ABOVE } from '../../../src/ui/table/useTableRows';
import { makeReviewData } from '../support/makeReviewData';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
});

/** The sections in the page after each change, in the order the page went through them. */
async function sectionsSeen(review: ReviewData): Promise<string[]> {
  const seen: string[] = [];
  const note = () => {
    const has = (selector: string) => document.querySelector(selector) !== null;
    const now = [
      has('.review-workspace .incident-header') ? 'details' : '',
      has('.timeline-section') ? 'drawing' : '',
      has('.gap-table') ? 'gaps' : '',
      has('.twin-table') ? 'timeline' : '',
      has('.comms-table') ? 'communications' : '',
    ]
      .filter((s) => s !== '')
      .join('+');
    if (now !== '' && seen.at(-1) !== now) seen.push(now);
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { childList: true, subtree: true });
  await renderApp({ reviews: [review], open: 0 });
  await waitForWholeReview();
  observer.disconnect();
  return seen;
}

const demo = () => makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));

describe('the review page', () => {
  it('while preparing: the details and the gaps, then the drawing, then each table', async () => {
    const review = demo();
    expect(review.session?.step ?? 'preparation').toBe('preparation');
    expect(review.communications.length).toBeLessThanOrEqual(VIRTUALIZE_ABOVE);
    expect(await sectionsSeen(review)).toEqual([
      'details+gaps',
      'details+drawing+gaps',
      'details+drawing+gaps+timeline',
      'details+drawing+gaps+timeline+communications',
    ]);
  });

  it('a review of more messages than a table renders at once: its gaps a frame later', async () => {
    const alert = Date.parse('2026-03-05T00:00:00Z');
    const review = makeReviewData({
      alert: new Date(alert).toISOString(),
      zone: 'UTC',
      messages: Array.from({ length: VIRTUALIZE_ABOVE + 1 }, (_, i) => ({
        at: new Date(alert + (i + 1) * 60_000).toISOString(),
        channel: 'Status page',
        text: `Update #${i + 1}`,
      })),
    });
    expect(await sectionsSeen(review)).toEqual([
      'details',
      'details+gaps',
      'details+drawing+gaps',
      'details+drawing+gaps+timeline',
      'details+drawing+gaps+timeline+communications',
    ]);
  });

  it('in the session: the drawing at once, then the gaps, then each table', async () => {
    const review = demo();
    const started = newSession({ id: 'session-1', reviewId: review.review.id }, Date.now());
    const session = { ...started, step: 'walk' as const };
    expect(await sectionsSeen({ ...review, session })).toEqual([
      'drawing',
      'drawing+gaps',
      'drawing+gaps+timeline',
      'details+drawing+gaps+timeline+communications',
    ]);
  });
});
