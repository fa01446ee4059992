import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import { makeReviewData as makeWorkshopReview } from '../../unit/persistence/makeReviewData';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { renderApp } from '../support/renderApp';

function withSeverity(data: ReviewData, severity: ReviewData['incident']['severity']): ReviewData {
  return { ...data, incident: { ...data.incident, severity } };
}

/** The checkout outage (longest gap 75.5 min) and a later, quieter incident. */
function twoReviews(): ReviewData[] {
  const outage = withSeverity(makeReviewData(CHECKOUT_OUTAGE, 'outage'), 'serious');
  const later = withSeverity(
    makeReviewData(
      {
        title: 'Login slowness',
        zone: 'UTC',
        alert: '2024-06-01T10:00:00Z',
        resolution: '2024-06-01T10:40:00Z',
        messages: [
          { at: '2024-06-01T10:10:00Z', channel: 'Status page' },
          { at: '2024-06-01T10:25:00Z', channel: 'Status page' },
          { at: '2024-06-01T10:40:00Z', channel: 'Status page', kind: 'resolution' },
        ],
      },
      'later',
    ),
    'minimal',
  );
  return [later, outage];
}

describe('History', () => {
  it('compares every review, oldest incident first, as a table and as charts', async () => {
    const { user } = await renderApp({ reviews: twoReviews() });
    await user.click(await screen.findByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review history' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Reviews compared' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Incident',
      'Alert',
      'Severity',
      'Time to first update',
      'Updates',
      'Longest gap',
      'Gaps over target',
      'Minutes over target',
      'Coverage',
    ]);
    const rows = readTable('Reviews compared');
    expect(rows.map((r) => r[0])).toEqual(['Checkout outage', 'Login slowness']);
    // The outage, worked out by hand in the gap table's tests: first update after 12 min,
    // four update moments, longest gap 75.5 min, one gap over target by 45.5 min.
    expect(rows[0]?.slice(2, 8)).toEqual(['Serious', '12 min', '4', '75.5 min', '1', '45.5 min']);
    expect(rows[1]?.slice(2, 8)).toEqual(['Minimal', '10 min', '2', '15 min', '0', '0 min']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('2 reviews shown.');

    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(6);
    expect(
      screen.getByRole('img', {
        name: /^Longest gap, oldest to newest incident: .*75\.5 min; .*15 min\.$/,
      }),
    ).toBeInTheDocument();
  });

  it('filters by severity and by date, and says when nothing matches', async () => {
    const { user } = await renderApp({ reviews: twoReviews() });
    await user.click(await screen.findByRole('link', { name: 'History' }));
    await screen.findByRole('table', { name: 'Reviews compared' });

    await user.selectOptions(screen.getByLabelText('Severity'), 'minimal');
    expect(readTable('Reviews compared').map((r) => r[0])).toEqual(['Login slowness']);
    expect(screen.getByText('1 review shown.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(readTable('Reviews compared')).toHaveLength(2);

    await user.type(screen.getByLabelText('Incidents until'), '2024-03-31');
    await waitFor(() =>
      expect(readTable('Reviews compared').map((r) => r[0])).toEqual(['Checkout outage']),
    );
    await user.type(screen.getByLabelText('Incidents from'), '2024-04-01');
    expect(await screen.findByText('No review matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Reviews compared' })).toBeNull();
  });

  it('leaves out reviews without an alert, saying how many, and works in Spanish', async () => {
    const noAlert = makeWorkshopReview();
    const reviews = [
      ...twoReviews(),
      { ...noAlert, incident: { ...noAlert.incident, alert: null } },
    ];
    const { user } = await renderApp({ reviews, language: 'es' });
    await user.click(await screen.findByRole('link', { name: 'Historial' }));
    await screen.findByRole('table', { name: 'Revisiones comparadas' });
    expect(
      screen.getByText(
        'Se muestran 2 revisiones. Queda fuera 1 revisión: no se puede analizar (sin hora de alerta).',
      ),
    ).toBeInTheDocument();
  });
});
