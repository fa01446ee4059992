import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as summary from '../../../src/import/summarizeImportedIncident';
import { renderApp } from '../support/renderApp';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

const update = (id: string, status: string, at: string, body: string) => ({
  id,
  status,
  body,
  created_at: at,
  display_at: at,
  updated_at: at,
});

const incidentsJson = JSON.stringify({
  page: { id: 'p1', name: 'Example', url: 'https://status.example.com', time_zone: 'Etc/UTC' },
  incidents: [
    {
      id: 'inc-a',
      name: 'Login failures',
      status: 'resolved',
      created_at: '2024-03-05T10:00:00Z',
      started_at: '2024-03-05T10:00:00Z',
      resolved_at: '2024-03-05T11:00:00Z',
      incident_updates: [
        update('a2', 'resolved', '2024-03-05T11:00:00Z', 'Resolved.'),
        update(
          'a1',
          'investigating',
          '2024-03-05T10:10:00Z',
          'We are investigating login failures.',
        ),
      ],
    },
    {
      id: 'inc-b',
      name: 'Slow dashboards',
      status: 'resolved',
      created_at: '2024-04-01T08:00:00Z',
      started_at: '2024-04-01T08:00:00Z',
      resolved_at: '2024-04-01T09:30:00Z',
      incident_updates: [
        update('b3', 'resolved', '2024-04-01T09:30:00Z', 'Resolved.'),
        update('b2', 'monitoring', '2024-04-01T09:00:00Z', 'A fix is live; we are monitoring.'),
        update('b1', 'investigating', '2024-04-01T08:20:00Z', '<p>Dashboards load slowly.</p>'),
      ],
    },
  ],
});

describe('a Statuspage file with several incidents', () => {
  it('lets the user pick which incidents to import', async () => {
    const summarize = vi.spyOn(summary, 'summarizeImportedIncident');
    const { user, gateway } = await renderApp();
    const file = new File([incidentsJson], 'incidents.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import timeline'), file);

    const preview = await screen.findByRole(
      'dialog',
      { name: 'Import preview' },
      { timeout: 5000 },
    );
    expect(preview).toHaveTextContent('Statuspage export');
    expect(preview).toHaveTextContent('Choose the incidents to import');
    const login = within(preview).getByRole('checkbox', { name: 'Login failures' });
    const slow = within(preview).getByRole('checkbox', { name: 'Slow dashboards' });
    expect(login).toBeChecked();
    expect(slow).toBeChecked();
    expect(preview).toHaveTextContent('2 communications');
    expect(preview).toHaveTextContent('3 communications');

    const summaries = summarize.mock.calls.length;
    await user.click(login);
    await user.click(slow);
    // Each incident is summarised once, not again on each click (100,000 messages: ~50 ms).
    expect(summarize.mock.calls.length).toBe(summaries);
    expect(within(preview).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(preview).toHaveTextContent('Choose at least one incident.');
    await user.click(slow);
    await user.click(within(preview).getByRole('button', { name: 'Import' }));

    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    const reviews = await gateway.listReviews();
    expect(reviews.map((r) => r.incidentTitle)).toEqual(['Slow dashboards']);
    // HTML bodies arrive as plain text, never as markup.
    await waitForWholeReview();
    const comms = screen.getByRole('table', { name: 'Communications' });
    expect(within(comms).getByText('Dashboards load slowly.')).toBeInTheDocument();
    expect(document.querySelector('.comms-table p')).toBeNull();
  });
});
