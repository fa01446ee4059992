import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
});

async function openCheckoutOutage() {
  const data = makeReviewData(CHECKOUT_OUTAGE);
  const app = await renderApp({ reviews: [data], open: 0 });
  await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
  await waitForWholeReview();
  return { ...app, data };
}

const minutesColumn = () => readTable('Communication gaps').map((r) => r[2]);

describe('editing communications on the review page', () => {
  it('adds a communication and the gaps recompute at once, then it is saved', async () => {
    const { user, gateway, data } = await openCheckoutOutage();
    expect(minutesColumn()).toEqual(['12', '28', '75.5', '24.5', '15']);

    const form = screen.getByRole('region', { name: 'Add a communication' });
    const time = within(form).getByLabelText('Time');
    // A new message starts at the latest one's time (in the review's zone).
    expect(time).toHaveValue('2024-03-06T10:00');
    await user.clear(time);
    await user.type(time, '2024-03-05T15:10');
    await user.type(within(form).getByLabelText('Channel'), 'Status page');
    await user.type(within(form).getByLabelText('Author'), 'Ana');
    await user.type(
      within(form).getByLabelText('Message text'),
      'Still investigating.\nNext update at 15:40.',
    );
    await user.click(within(form).getByRole('button', { name: 'Add communication' }));

    await waitFor(() => expect(minutesColumn()).toEqual(['12', '28', '30', '45.5', '24.5', '15']));
    const rows = readTable('Communication gaps');
    expect(rows[2]).toEqual([
      'Update 2 · 14:40 UTC−03:00',
      'Update 3 · 15:10 UTC−03:00',
      '30',
      'Late',
    ]);
    expect(rows[3]?.[3]).toBe('Gap');
    const comms = readTable('Communications');
    expect(comms).toHaveLength(9);
    // Plain text, line breaks kept.
    const commsTable = screen.getByRole('table', { name: 'Communications' });
    const added = within(commsTable).getByText(/Still investigating\./);
    expect(added.textContent).toBe('Still investigating.\nNext update at 15:40.');

    expect(await screen.findByText('Saved')).toHaveAttribute('role', 'status');
    const stored = await gateway.loadReview(data.review.id);
    expect(stored?.communications).toHaveLength(9);
  });

  it('edits a communication in a dialog', async () => {
    const { user } = await openCheckoutOutage();
    await user.click(
      screen.getByRole('button', {
        name: 'Edit the Email message of Mar 5, 2024, 15:55 UTC−03:00',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit communication' });
    expect(within(dialog).getByLabelText('Channel')).toHaveValue('Email');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'Internal');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    // The email is internal now: it leaves the gap list, which joins 14:40 to 16:20.
    await waitFor(() => expect(minutesColumn()).toEqual(['12', '28', '100', '15']));
    const emailRow = readTable('Communications').find((r) => r[1] === 'Email');
    expect(emailRow?.[3]).toBe('Internal');
  });

  it('deletes a communication after a confirmation that names it, and Undo brings it back', async () => {
    const { user, gateway, data } = await openCheckoutOutage();
    await user.click(
      screen.getByRole('button', {
        name: 'Delete the Status page message of Mar 5, 2024, 16:20 UTC−03:00',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete this communication?' });
    expect(dialog).toHaveTextContent(
      'The Status page message of Mar 5, 2024, 16:20 UTC−03:00 by Ana',
    );
    expect(dialog).toHaveTextContent('A fix is being deployed.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete communication' }));

    await waitFor(() => expect(minutesColumn()).toEqual(['12', '28', '75.5', '39.5']));
    expect(readTable('Communications')).toHaveLength(7);
    await waitFor(async () =>
      expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(7),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(minutesColumn()).toEqual(['12', '28', '75.5', '24.5', '15']));
  });

  it('cancelling the confirmation keeps the communication', async () => {
    const { user } = await openCheckoutOutage();
    await user.click(
      screen.getByRole('button', {
        name: 'Delete the Email message of Mar 5, 2024, 15:55 UTC−03:00',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(readTable('Communications')).toHaveLength(8);
  });
});
