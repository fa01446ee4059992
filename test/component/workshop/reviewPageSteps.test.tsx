/**
 * The step bar on the review page and the step clock in the presenter window: the page
 * gets the `step-gaps` layout in step 2, and the presenter shows the stored step and timer.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import { newSession, startTimer } from '../../../src/domain/workshop/stepTimer';
import { presenterHref } from '../../../src/ui/hashRoute';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderApp } from '../support/renderApp';

// The step tools (preparation, root causes, plan) have their own tests.
vi.mock('../../../src/features/workshop/StepTools', () => ({ StepTools: () => null }));

afterEach(() => {
  window.location.hash = '';
  vi.useRealTimers();
});

describe('the steps on the review page', () => {
  it('puts the step bar first and lays out step 2 with the class step-gaps', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store } = await renderApp({ reviews: [data], open: 0 });
    const tab = await screen.findByRole('tab', { name: /Mind the gaps/ }, { timeout: 5000 });
    const workspace = document.querySelector('.review-workspace');
    expect(workspace).toHaveClass('step-preparation');
    expect(workspace?.firstElementChild).toHaveClass('workshop-steps');

    await user.click(tab);
    expect(workspace).toHaveClass('review-workspace', 'step-gaps');
    expect(store.getState().current?.session?.step).toBe('gaps');
    // The drawing and the gap table are the workspace's children the layout puts side by side.
    const gaps = screen.getByRole('table', { name: 'Communication gaps' }).closest('.gaps-panel');
    expect(gaps?.parentElement).toBe(workspace);
    expect(workspace?.querySelector(':scope > .timeline-section')).not.toBeNull();
  });
});

describe('the presenter window', () => {
  it('shows the current step and its running timer, read-only', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const start = Date.parse('2026-11-02T09:00:00Z');
    vi.setSystemTime(start + 61_000);
    const base = makeReviewData(CHECKOUT_OUTAGE);
    const session = newSession({ id: 's-1', reviewId: base.review.id }, start);
    const data: ReviewData = {
      ...base,
      session: {
        ...session,
        step: 'walk',
        timers: { ...session.timers, walk: startTimer(session.timers.walk, start) },
      },
    };
    await renderApp({ reviews: [data] });
    window.location.hash = presenterHref(data.review.id);
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    const timer = await screen.findByRole('timer', { name: 'Timer' }, { timeout: 5000 });
    expect(timer).toHaveTextContent('08:59');
    expect(screen.getByText('Step 1 — Walk the timeline')).toBeInTheDocument();
    expect(
      screen.getByText(
        'This is a safe space: speak openly about frustration, confusion and disagreement.',
      ),
    ).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(timer).toHaveTextContent('08:57');
    const main = screen.getByRole('main');
    for (const name of ['Start', 'Pause', 'Reset', '+5 min']) {
      expect(within(main).queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('tab')).toBeNull();
  });
});
