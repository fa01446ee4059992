import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { suggestNoteOffsetY } from '../../../../src/canvas/layout/notePlacement';
import { defaultMsPerPx } from '../../../../src/features/review/defaultMsPerPx';
import { selectGapAnalysis } from '../../../../src/store/selectors/selectGapAnalysis';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';
import { readTable } from '../../support/readTable';
import { renderPreparation } from './renderPreparation';

const at = (iso: string) => Date.parse(iso);

describe('what-if updates', () => {
  it('adds one, shows it as hypothetical with its effect, and never touches the real analysis', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderPreparation(data);
    const realGaps = selectGapAnalysis(store.getState());
    expect(screen.getByText('No what-if updates yet.')).toBeInTheDocument();

    // The time starts in the middle of the longest real gap (14:40 → 15:55:30).
    const time = screen.getByLabelText('Time of the update');
    expect(time).toHaveValue('2024-03-05T15:18');
    await user.clear(time);
    await user.type(time, '2024-03-05T15:10');
    await user.type(
      screen.getByLabelText('What it would have said'),
      'Still fixing card payments; next update at 15:40.',
    );
    await user.click(screen.getByRole('button', { name: 'Add what-if update' }));

    const list = await screen.findByRole('list', { name: 'Hypothetical updates' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText('Hypothetical')).toBeInTheDocument();
    expect(item).toHaveTextContent('Mar 5, 2024, 15:10 UTC−03:00');
    expect(item).toHaveTextContent('Still fixing card payments; next update at 15:40.');
    expect(screen.getByText('What-if update added.')).toBeInTheDocument();
    expect(screen.getByLabelText('What it would have said')).toHaveValue('');

    // 14:40 → 15:55:30 (75.5 min) becomes 14:40 → 15:10 (30) and 15:10 → 15:55:30 (45.5).
    expect(readTable('Effect of the what-if updates')).toEqual([
      ['Longest gap (min)', '75.5', '45.5', '−30'],
      ['Gaps over target', '1', '1', '0'],
      ['Minutes over target', '45.5', '15.5', '−30'],
    ]);

    // The real analysis (Summary, gap table) is the same object as before.
    expect(selectGapAnalysis(store.getState())).toEqual(realGaps);
    expect(store.getState().current?.communications).toHaveLength(data.communications.length);
    expect(store.getState().current?.whatIfs).toMatchObject([
      {
        instant: at('2024-03-05T15:10:00-03:00'),
        text: 'Still fixing card payments; next update at 15:40.',
      },
    ]);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.whatIfs).toHaveLength(1);
  });

  it('keeps a what-if as an idea note, or removes it', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderPreparation(data);
    const add = async (local: string, text: string) => {
      const time = screen.getByLabelText('Time of the update');
      await user.clear(time);
      await user.type(time, local);
      await user.type(screen.getByLabelText('What it would have said'), text);
      await user.click(screen.getByRole('button', { name: 'Add what-if update' }));
    };
    await add('2024-03-05T15:10', 'Still fixing it');
    await add('2024-03-05T15:30', 'Workaround: pay by bank transfer');

    await user.click(
      screen.getByRole('button', {
        name: 'Keep as idea note: what-if update of Mar 5, 2024, 15:10 UTC−03:00',
      }),
    );
    const instant = at('2024-03-05T15:10:00-03:00');
    expect(store.getState().current?.notes).toMatchObject([
      {
        text: 'Still fixing it',
        category: 'idea',
        at: instant,
        onGap: false,
        offsetY: suggestNoteOffsetY(data.notes, instant, defaultMsPerPx(data.incident)),
      },
    ]);
    expect(screen.getByText('Kept as an idea note on the timeline.')).toBeInTheDocument();
    expect(store.getState().current?.whatIfs.map((w) => w.text)).toEqual([
      'Workaround: pay by bank transfer',
    ]);

    await user.click(
      screen.getByRole('button', {
        name: 'Remove: what-if update of Mar 5, 2024, 15:30 UTC−03:00',
      }),
    );
    expect(screen.getByText('What-if update removed.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What if…' })).toHaveFocus();
    expect(screen.getByText('No what-if updates yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Effect of the what-if updates' })).toBeNull();
    await store.getState().actions.flush();
    const saved = await gateway.loadReview(data.review.id);
    expect(saved?.whatIfs).toEqual([]);
    expect(saved?.notes.map((n) => n.text)).toEqual(['Still fixing it']);
  });

  it('asks for a time and a text before adding', async () => {
    const { user, store } = await renderPreparation(makeReviewData(CHECKOUT_OUTAGE));
    await user.clear(screen.getByLabelText('Time of the update'));
    await user.click(screen.getByRole('button', { name: 'Add what-if update' }));
    expect(screen.getByLabelText('Time of the update')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a valid time in America/Sao_Paulo.'),
    );
    expect(screen.getByLabelText('What it would have said')).toHaveAccessibleDescription(
      'Write what the update would have said.',
    );
    expect(store.getState().current?.whatIfs).toEqual([]);
  });
});
