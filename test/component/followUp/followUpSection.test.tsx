import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../../unit/persistence/makeReviewData';
import { renderApp } from '../support/renderApp';

describe('Last time’s actions', () => {
  it('lists the earlier review’s unfinished actions in preparation and saves each choice there', async () => {
    const earlier = makeReviewData({ review: { createdAt: at(1), updatedAt: at(1) } });
    const current = makeReviewData({ review: { createdAt: at(2), updatedAt: at(2) } });
    // A new review: no session yet, so it opens on Preparation.
    const newest = { ...current, actions: [], session: null };
    const { user, gateway } = await renderApp({ reviews: [earlier, newest], open: 1 });

    const section = await screen.findByRole('region', { name: 'Last time’s actions' });
    const [action] = earlier.actions;
    if (action === undefined) throw new Error('the small review has an action');
    expect(within(section).getByText(action.text)).toBeInTheDocument();
    expect(within(section).getByText(/Owner: Marta/)).toBeInTheDocument();
    const choices = within(section).getByRole('group', { name: `Status of “${action.text}”` });
    expect(within(choices).getByRole('radio', { name: 'Not done' })).toBeChecked();

    await user.click(within(choices).getByRole('radio', { name: 'Done' }));
    await waitFor(async () =>
      expect((await gateway.loadReview(earlier.review.id))?.actions[0]?.status).toBe('done'),
    );
    expect(within(section).getByRole('status')).toHaveTextContent(/Saved in “.+”\./);
    // Still listed, so a wrong click can be taken back.
    expect(within(choices).getByRole('radio', { name: 'Done' })).toBeChecked();
    await user.click(within(choices).getByRole('radio', { name: 'Not done' }));
    await waitFor(async () =>
      expect((await gateway.loadReview(earlier.review.id))?.actions[0]?.status).toBe('open'),
    );
    // The open review itself gained nothing.
    expect((await gateway.loadReview(newest.review.id))?.actions).toEqual([]);
  });

  it('is absent from the first review and from reviews whose earlier actions are all done', async () => {
    const earlier = makeReviewData({ review: { createdAt: at(1), updatedAt: at(1) } });
    const done = {
      ...earlier,
      actions: earlier.actions.map((a) => ({ ...a, status: 'done' as const })),
    };
    const current = makeReviewData({ review: { createdAt: at(2), updatedAt: at(2) } });
    const { store } = await renderApp({ reviews: [done, { ...current, session: null }], open: 1 });
    await screen.findByRole('heading', { name: 'Preparation', level: 2 });
    // The list of reviews was read: the section would be there by now.
    await waitFor(() => expect(store.getState().reviewsLoaded).toBe(true));
    expect(store.getState().reviews).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Last time’s actions' })).toBeNull();
  });
});
