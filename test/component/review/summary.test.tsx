import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../../src/domain/demo/makeDemoReview';
import { renderApp } from '../support/renderApp';

afterEach(() => {
  window.location.hash = '';
});

let n = 0;
const newId = () => `demo-${++n}`;

function figure(region: HTMLElement, label: string): string {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Summary', () => {
  it('shows the figures of gaps.md for the demo incident', async () => {
    const demo = makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));
    await renderApp({ reviews: [demo], open: 0 });
    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 5000 });
    expect(figure(summary, 'Time to first update')).toBe('29 min');
    expect(figure(summary, 'Longest gap')).toBe('70 min');
    expect(figure(summary, 'Gaps over target')).toBe('2');
    expect(figure(summary, 'Minutes over target')).toBe('55 min');
    expect(figure(summary, 'Updates')).toBe('7');
    expect(figure(summary, 'Resolution notice delay')).toBe('6 min');
    // 212 min from alert to resolution update, 97 of them in gaps of 30 min or less.
    expect(figure(summary, 'Coverage')).toBe('46%');
    expect(summary).toHaveTextContent('Target: an update every 20–30 minutes.');
  });

  it('names both times when the resolution is before the alert', async () => {
    const demo = makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));
    const broken = {
      ...demo,
      communications: demo.communications.filter((c) => c.kind !== 'resolution'),
      incident: { ...demo.incident, resolution: Date.parse('2026-10-13T15:00:00Z') },
    };
    await renderApp({ reviews: [broken], open: 0 });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'The resolution (Oct 13, 2026, 12:00 UTC−03:00) is before the alert (Oct 13, 2026, 13:12 UTC−03:00).',
    );
    expect(screen.queryByRole('table', { name: 'Communication gaps' })).toBeNull();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('The figures appear once the gaps can be computed.');
  });

  it('names the resolution when it is before the alert even with a later resolution update', async () => {
    const demo = makeDemoReview(newId, Date.parse('2026-11-01T00:00:00Z'));
    const broken = {
      ...demo,
      incident: { ...demo.incident, resolution: Date.parse('2026-10-13T13:00:00Z') },
    };
    await renderApp({ reviews: [broken], open: 0 });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'The resolution (Oct 13, 2026, 10:00 UTC−03:00) is before the alert (Oct 13, 2026, 13:12 UTC−03:00).',
    );
    expect(screen.getByRole('heading', { name: 'Communication gaps' })).toBeInTheDocument();
  });
});
