/**
 * A long table and the timeline drawing read no layout in the task that renders them: a
 * read there (a row's height, the table's place, the drawing's width) forced the browser to
 * lay the whole new page out inside that task (~40–50 ms of a 1,000-message review's first
 * render, CPU profile). They read sizes when the browser reports them (ResizeObserver, after
 * its own layout) or in the next frame. jsdom has no ResizeObserver: a stand-in reports here.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommunicationsTable } from '../../../src/features/review/CommunicationsTable';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';
import { stubResizeObserver } from '../support/stubResizeObserver';
import { reviewWithUpdates } from '../support/reviewWithUpdates';

/** Counts every read of an element's layout (the ones the app's code uses). */
function countLayoutReads(): { count: () => number } {
  let reads = 0;
  const count = () => {
    reads += 1;
  };
  for (const key of ['offsetHeight', 'offsetWidth'] as const) {
    const get = Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)?.get;
    vi.spyOn(HTMLElement.prototype, key, 'get').mockImplementation(function (this: HTMLElement) {
      count();
      return (get?.call(this) as number | undefined) ?? 0;
    });
  }
  for (const key of ['clientWidth', 'clientHeight'] as const) {
    const get = Object.getOwnPropertyDescriptor(Element.prototype, key)?.get;
    vi.spyOn(Element.prototype, key, 'get').mockImplementation(function (this: Element) {
      count();
      return (get?.call(this) as number | undefined) ?? 0;
    });
  }
  const rect = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    count();
    return rect.call(this);
  });
  return { count: () => reads };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete window.gaplineTimeline;
});

describe('layout is read after the render, not in it', () => {
  it('a long table: its rows are measured when the observer reports their size', async () => {
    const observers = stubResizeObserver();
    const reads = countLayoutReads();
    // The virtualiser's first write puts the window where it already is: skipped, as the
    // write forced the layout (e2e longReview: later scrolls still move the window).
    const scrolls = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    render(
      <I18nProvider initialLanguage="en">
        <CommunicationsTable
          communications={reviewWithUpdates(1_500).communications}
          channels={reviewWithUpdates(1).channels}
          zone="UTC"
          onEdit={() => undefined}
          onDelete={() => undefined}
        />
      </I18nProvider>,
    );
    expect(reads.count()).toBe(0);
    expect(scrolls).not.toHaveBeenCalled();
    const table = screen.getByRole('table', { name: 'Communications' });
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody') !== null);
    // Every rendered row is watched, so its real height comes with the browser's layout.
    expect(observers.observed()).toEqual(expect.arrayContaining(rows));
    const spacer = () =>
      Number.parseFloat(
        (table.querySelector('tr.table-spacer')?.firstElementChild as HTMLElement).style.height,
      );
    expect(spacer()).toBe((1_500 - rows.length) * 49);
    // Rows reported at 80 px: the window holds fewer of them.
    act(() => observers.report(900, 80, (e) => e.tagName === 'TR'));
    const after = within(table)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody') !== null);
    expect(after.length).toBeLessThan(rows.length);
  });

  it('the drawing: its stage is made at the width the observer reports', async () => {
    const observers = stubResizeObserver();
    const reads = countLayoutReads();
    const view = renderTimelineCanvas(makeReviewData(CHECKOUT_OUTAGE), { waitUntilDrawn: false });
    const { stage, container } = await view;
    expect(reads.count()).toBe(0);
    expect(container.querySelector('.konvajs-content')).toBeNull();
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1_234);
    act(() => observers.report(1_234, 400, (e) => e.classList.contains('timeline-canvas')));
    await vi.waitFor(() => expect(stage().width()).toBe(1_234));
  });
});
