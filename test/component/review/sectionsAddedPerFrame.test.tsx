/**
 * The review page adds its sections below the first screen a frame apart: while preparing,
 * the drawing, then the gap table come after the incident's details; then the Timeline table;
 * then the Communications table and the rest. In the session the drawing is the first
 * screen and comes at once. Made and laid out together, a 10,000-message review's first
 * render was one task of ~70–110 ms and its first layout another of ~70–120 ms (issue
 * "Fast at real sizes").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../../src/domain/demo/makeDemoReview';
import type { ReviewData } from '../../../src/domain/model';
import { newId } from '../../../src/domain/newId';
import { newSession } from '../../../src/domain/workshop/stepTimer';
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
  it('while preparing: the details, then the drawing, the gaps and each table', async () => {
    const review = demo();
    expect(review.session?.step ?? 'preparation').toBe('preparation');
    expect(await sectionsSeen(review)).toEqual([
      'details',
      'details+drawing',
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
