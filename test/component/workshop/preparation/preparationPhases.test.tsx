import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';
import { renderPreparation } from './renderPreparation';

const at = (iso: string) => Date.parse(iso);
const bands = () =>
  within(screen.getByRole('list', { name: 'Bands on the timeline' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the preparation phases', () => {
  it('saves the four durations as consecutive bands from the alert and prefills them back', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway, reopen } = await renderPreparation(data);
    expect(screen.getByText('No phases yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Investigation'), '45');
    await user.tab();
    await user.type(screen.getByLabelText('Escalation'), '20{Enter}');
    await user.type(screen.getByLabelText('Decision'), '15');
    await user.tab();
    await user.type(screen.getByLabelText('Applying the change'), '62.5');
    await user.tab();

    const expected = [
      {
        kind: 'investigation',
        start: at('2024-03-05T14:00:00-03:00'),
        end: at('2024-03-05T14:45:00-03:00'),
      },
      {
        kind: 'escalation',
        start: at('2024-03-05T14:45:00-03:00'),
        end: at('2024-03-05T15:05:00-03:00'),
      },
      {
        kind: 'decision',
        start: at('2024-03-05T15:05:00-03:00'),
        end: at('2024-03-05T15:20:00-03:00'),
      },
      {
        kind: 'change',
        start: at('2024-03-05T15:20:00-03:00'),
        end: at('2024-03-05T16:22:30-03:00'),
      },
    ];
    const spans = () =>
      store.getState().current?.phases.map(({ kind, start, end }) => ({ kind, start, end }));
    expect(spans()).toEqual(expected);
    expect(bands()).toEqual([
      'Investigation 14:00 – 14:45 UTC−03:00 (45 min)',
      'Escalation 14:45 – 15:05 UTC−03:00 (20 min)',
      'Decision 15:05 – 15:20 UTC−03:00 (15 min)',
      'Applying the change 15:20 – 16:22 UTC−03:00 (62.5 min)',
    ]);

    await store.getState().actions.flush();
    const saved = await gateway.loadReview(data.review.id);
    expect(saved?.phases.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(expected);

    await reopen();
    expect(screen.getByLabelText('Investigation')).toHaveValue(45);
    expect(screen.getByLabelText('Escalation')).toHaveValue(20);
    expect(screen.getByLabelText('Decision')).toHaveValue(15);
    expect(screen.getByLabelText('Applying the change')).toHaveValue(62.5);
  });

  it('skips an emptied phase, and refuses a negative duration with a message', async () => {
    const base = makeReviewData(CHECKOUT_OUTAGE);
    const alert = at('2024-03-05T14:00:00-03:00');
    const minute = 60_000;
    const phase = (
      id: string,
      kind: 'investigation' | 'escalation',
      start: number,
      end: number,
    ) => ({
      id,
      reviewId: base.review.id,
      kind,
      start,
      end,
      updatedAt: base.review.updatedAt,
    });
    const data = {
      ...base,
      phases: [
        phase('p-1', 'investigation', alert, alert + 30 * minute),
        phase('p-2', 'escalation', alert + 30 * minute, alert + 40 * minute),
      ],
    };
    const { user, store } = await renderPreparation(data);
    const investigation = screen.getByLabelText('Investigation');
    expect(investigation).toHaveValue(30);
    expect(screen.getByLabelText('Escalation')).toHaveValue(10);

    await user.clear(investigation);
    await user.type(investigation, '-5');
    await user.tab();
    expect(investigation).toHaveAttribute('aria-invalid', 'true');
    expect(investigation).toHaveAccessibleDescription(
      expect.stringContaining('Enter minutes (0 or more), or leave it empty.'),
    );
    expect(store.getState().current?.phases).toHaveLength(2);

    await user.clear(investigation);
    await user.tab();
    expect(investigation).toHaveAttribute('aria-invalid', 'false');
    expect(
      store.getState().current?.phases.map(({ kind, start, end }) => ({ kind, start, end })),
    ).toEqual([{ kind: 'escalation', start: alert, end: alert + 10 * minute }]);
    expect(bands()).toEqual(['Escalation 14:00 – 14:10 UTC−03:00 (10 min)']);
  });

  it('says the alert comes first and disables the durations when there is none', async () => {
    const data = makeReviewData({ ...CHECKOUT_OUTAGE, alert: null });
    await renderPreparation(data);
    expect(
      screen.getByText(
        'Set the alert time in the incident header first: the phases are counted from the alert.',
      ),
    ).toBeInTheDocument();
    for (const label of ['Investigation', 'Escalation', 'Decision', 'Applying the change']) {
      expect(screen.getByLabelText(label)).toBeDisabled();
    }
  });
});
