import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readTable } from '../support/readTable';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
});

describe('Open the demo', () => {
  it('creates the demo review, opens it, and lists it at home', async () => {
    const { user, gateway } = await renderApp();
    expect(await screen.findByText(/No reviews yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the demo' }));

    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    const gaps = readTable('Communication gaps');
    expect(gaps).toHaveLength(8);
    expect(gaps.filter((r) => r[3] === 'Gap')).toHaveLength(2);
    expect(gaps[5]).toEqual([
      'Update 5 · 14:35 UTC−03:00',
      'Update 6 · 15:45 UTC−03:00',
      '70',
      'Gap',
    ]);
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/Sao_Paulo');
    expect(screen.getAllByRole('combobox', { name: 'Time zone' })).toHaveLength(1);
    await waitForWholeReview();
    expect(readTable('Communications')).toHaveLength(11);
    expect((await gateway.listReviews()).map((r) => r.review.title)).toEqual([
      'Card payments failing at checkout',
    ]);

    await user.click(screen.getByRole('link', { name: /All reviews/ }));
    const list = await screen.findByRole('table', { name: 'Your reviews' });
    const row = within(list).getByRole('row', { name: /Card payments failing at checkout/ });
    expect(row).toHaveTextContent('Oct 13, 2026');
    expect(row).toHaveTextContent('70 min');
  });
});
