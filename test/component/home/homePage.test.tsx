import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeReviewData, CHECKOUT_OUTAGE } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
  localStorage.clear();
});

describe('the home page', () => {
  it('says honestly where the data lives and lists reviews with date and longest gap', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    await renderApp({ reviews: [data] });
    expect(screen.getByText(/stay in this browser on this device/)).toBeInTheDocument();
    const list = await screen.findByRole('table', { name: 'Your reviews' });
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Review', 'Incident date', 'Longest gap', 'Actions']);
    const row = within(list).getByRole('row', { name: /Checkout outage/ });
    expect(row).toHaveTextContent('Mar 5, 2024');
    expect(row).toHaveTextContent('75.5 min');
    expect(within(row).getByRole('link', { name: 'Checkout outage' })).toHaveAttribute(
      'href',
      `#/review/${data.review.id}`,
    );
  });

  it('deletes a review only after a confirmation that names it', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, gateway } = await renderApp({ reviews: [data] });
    await user.click(await screen.findByRole('button', { name: 'Delete “Checkout outage”' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this review?' });
    expect(dialog).toHaveTextContent(
      'The review “Checkout outage”, with its timeline and communications',
    );
    // Focus starts on Cancel, the safe choice; Escape closes without deleting.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await gateway.listReviews()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete “Checkout outage”' }));
    await user.click(screen.getByRole('button', { name: 'Delete review' }));
    expect(await screen.findByText(/No reviews yet/)).toBeInTheDocument();
    expect(await gateway.listReviews()).toHaveLength(0);
  });

  it('creates an empty review with New review and opens it', async () => {
    const { user, gateway } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'New review' }));
    const dialog = screen.getByRole('dialog', { name: 'New review' });
    await user.click(within(dialog).getByRole('button', { name: 'Create review' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter a title.');
    await user.type(within(dialog).getByLabelText('Incident title'), 'API timeouts');
    await user.type(within(dialog).getByLabelText('First alert'), '2026-11-20T09:30');
    await within(dialog).findByRole('option', { name: 'Europe/Madrid' });
    await user.selectOptions(within(dialog).getByLabelText('Incident time zone'), 'Europe/Madrid');
    await user.click(within(dialog).getByRole('button', { name: 'Create review' }));

    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    expect(screen.getByLabelText('Title')).toHaveValue('API timeouts');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Madrid');
    // No updates yet and no resolution: one gap from the alert to itself, the incident open.
    expect(readTable('Communication gaps')).toEqual([
      ['Alert · 09:30 UTC+01:00', 'Last message · 09:30 UTC+01:00', '0', 'OK'],
    ]);
    expect(screen.getByText(/no resolution time/)).toBeInTheDocument();
    await waitForWholeReview();
    expect(readTable('Communications')).toEqual([]);
    const [item] = await gateway.listReviews();
    expect(item?.alert).toBe(Date.parse('2026-11-20T08:30:00Z'));
  });
});
