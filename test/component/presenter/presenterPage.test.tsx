/**
 * The presenter view (`#/review/<id>/present`): the title and the key figures, large, with
 * no editing controls; the facilitator opens it in a second window.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presenterHref } from '../../../src/ui/hashRoute';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderApp } from '../support/renderApp';

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

describe('the presenter view', () => {
  it('shows the title and the Summary figures, and no editing controls', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    await renderApp({ reviews: [data] });
    window.location.hash = presenterHref(data.review.id);
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    await screen.findByRole('heading', { level: 1, name: data.incident.title }, { timeout: 5000 });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Longest gap')).toBeInTheDocument();
    expect(within(summary).getByText('75.5 min')).toBeInTheDocument();
    expect(within(summary).getAllByText('over target').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /Back to the review/ })).toHaveAttribute(
      'href',
      `#/review/${data.review.id}`,
    );
    for (const name of ['Undo', 'Redo', 'Add communication', 'Open presenter window']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Communications' })).toBeNull();
  });

  it('shows a screenshot the facilitator sends, full screen, until Escape', async () => {
    const base = makeReviewData(CHECKOUT_OUTAGE);
    const data = {
      ...base,
      attachments: [
        {
          id: 'shot-1',
          reviewId: base.review.id,
          name: 'error.png',
          mimeType: 'image/png' as const,
          dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
          caption: 'The checkout error page',
          updatedAt: 0,
        },
      ],
    };
    const { store, user } = await renderApp({ reviews: [data] });
    window.location.hash = presenterHref(data.review.id);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { level: 1, name: data.incident.title }, { timeout: 5000 });
    expect(screen.queryByRole('img', { name: 'The checkout error page' })).toBeNull();
    act(() => store.getState().actions.showAttachment('shot-1'));
    const figure = screen.getByRole('figure', { name: 'What customers saw' });
    expect(within(figure).getByRole('img', { name: 'The checkout error page' })).toHaveAttribute(
      'src',
      'data:image/png;base64,iVBORw0KGgo=',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('figure', { name: 'What customers saw' })).toBeNull();
  });

  it('is opened from the review page in a named pop-up window', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const open = vi.spyOn(window, 'open').mockReturnValue(window);
    const { user } = await renderApp({ reviews: [data], open: 0 });
    await user.click(
      await screen.findByRole('button', { name: 'Open presenter window' }, { timeout: 5000 }),
    );
    expect(open).toHaveBeenCalledWith(
      `#/review/${data.review.id}/present`,
      `gapline-presenter-${data.review.id}`,
      'popup,width=1280,height=720',
    );
    expect(window.location.hash).toBe(`#/review/${data.review.id}`);
  });

  it('opens in the same tab when pop-ups are blocked', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = await renderApp({ reviews: [data], open: 0 });
    await user.click(
      await screen.findByRole('button', { name: 'Open presenter window' }, { timeout: 5000 }),
    );
    await waitFor(() => expect(window.location.hash).toBe(presenterHref(data.review.id)));
    expect(
      await screen.findByRole('link', { name: /Back to the review/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
