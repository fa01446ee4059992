/**
 * The review page adds its sections below the first screen a frame apart: the drawing and
 * the gap table first, then the Timeline table, then the Communications table and the rest.
 * Made and laid out together, a 10,000-message review's first render was one task of
 * ~70–110 ms and its first layout another of ~70–120 ms (issue "Fast at real sizes").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../../src/domain/demo/makeDemoReview';
import { newId } from '../../../src/domain/newId';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
});

describe('the review page', () => {
  it('adds the Timeline table, then the Communications table, each after the one above', async () => {
    const seen: string[] = [];
    const note = () => {
      const has = (selector: string) => document.querySelector(selector) !== null;
      const now = [
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
    const demo = makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));
    await renderApp({ reviews: [demo], open: 0 });
    await waitForWholeReview();
    observer.disconnect();
    expect(seen).toEqual(['gaps', 'gaps+timeline', 'gaps+timeline+communications']);
  });
});
