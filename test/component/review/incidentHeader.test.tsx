import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { renderApp } from '../support/renderApp';

afterEach(() => {
  window.location.hash = '';
});

async function openCheckoutOutage() {
  const data = makeReviewData(CHECKOUT_OUTAGE);
  const app = await renderApp({ reviews: [data], open: 0 });
  await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
  return { ...app, data };
}

describe('the incident header', () => {
  it('moves the alert, read in the display zone, and the first gap follows', async () => {
    const { user, gateway, data } = await openCheckoutOutage();
    const alert = screen.getByLabelText('Alert (first alert)');
    expect(alert).toHaveValue('2024-03-05T14:00');
    await user.clear(alert);
    await user.type(alert, '2024-03-05T13:50');
    await user.tab();
    await waitFor(() =>
      expect(readTable('Communication gaps')[0]).toEqual([
        'Alert · 13:50 UTC−03:00',
        'Update 1 · 14:12 UTC−03:00',
        '22',
        'Late',
      ]),
    );
    await waitFor(async () =>
      expect((await gateway.loadReview(data.review.id))?.incident.alert).toBe(
        Date.parse('2024-03-05T16:50:00Z'),
      ),
    );
  });

  it('changes the display zone with "Time zone" and saves it with the incident', async () => {
    const { user, gateway, data } = await openCheckoutOutage();
    // The zones are offered a frame after the select (the current one at once).
    await screen.findByRole('option', { name: 'Europe/Madrid' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Europe/Madrid');
    await waitFor(() =>
      expect(readTable('Communication gaps')[0]?.[0]).toBe('Alert · 18:00 UTC+01:00'),
    );
    expect(screen.getByLabelText('Alert (first alert)')).toHaveValue('2024-03-05T18:00');
    // Minutes are differences of instants: the zone changes nothing else.
    expect(readTable('Communication gaps').map((r) => r[2])).toEqual([
      '12',
      '28',
      '75.5',
      '24.5',
      '15',
    ]);
    await waitFor(async () =>
      expect((await gateway.loadReview(data.review.id))?.incident.timeZone).toBe('Europe/Madrid'),
    );
  });

  it('re-rates the gaps when the target changes, and refuses an ideal above the maximum', async () => {
    const { user } = await openCheckoutOutage();
    const ideal = screen.getByRole('spinbutton', { name: 'Ideal' });
    const max = screen.getByRole('spinbutton', { name: 'Maximum' });
    await user.clear(max);
    await user.type(max, '80');
    await user.tab();
    await waitFor(() =>
      expect(readTable('Communication gaps').map((r) => r[3])).toEqual([
        'OK',
        'Late',
        'Late',
        'Late',
        'OK',
      ]),
    );
    await user.clear(ideal);
    await user.type(ideal, '90');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Use whole minutes, with the ideal no larger than the maximum.',
    );
    expect(readTable('Communication gaps').map((r) => r[3])).toEqual([
      'OK',
      'Late',
      'Late',
      'Late',
      'OK',
    ]);
  });

  it('renames the incident and sets the severity', async () => {
    const { user, gateway, data } = await openCheckoutOutage();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Checkout outage, March{Enter}');
    await user.selectOptions(screen.getByLabelText('Severity'), 'Severe');
    await waitFor(async () => {
      const stored = await gateway.loadReview(data.review.id);
      expect(stored?.incident.title).toBe('Checkout outage, March');
      expect(stored?.incident.severity).toBe('severe');
    });
  });

  it('says clearly when the review does not exist', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    window.location.hash = '#/review/no-such-review';
    const { gateway } = await renderApp({ reviews: [data] });
    window.location.hash = '#/review/no-such-review';
    expect(
      await screen.findByRole('heading', { name: 'Review not found' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'All reviews' }).length).toBeGreaterThan(0);
    expect(await gateway.listReviews()).toHaveLength(1);
  });
});
