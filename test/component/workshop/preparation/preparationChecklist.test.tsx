import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';
import { renderPreparation } from './renderPreparation';

const meter = () => screen.getByRole('meter', { name: 'Preparation complete' });
const missing = () =>
  within(screen.getByRole('list', { name: 'Still missing' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the information checklist and the completeness meter', () => {
  it('saves each answer, and the meter and the missing list follow', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderPreparation(data);
    // The checkout outage has an alert, customer updates and a severity; nothing else yet.
    expect(meter()).toHaveAttribute('value', '3');
    expect(meter()).toHaveAttribute('max', '12');
    expect(meter()).toHaveAttribute('aria-valuetext', '3 of 12 answers');
    expect(screen.getByText('3 of 12 answers')).toBeInTheDocument();
    expect(missing()).toEqual([
      'When it ended (resolution) — set “Resolution (service restored)” in the incident header',
      'How long the investigation lasted',
      'How long escalation lasted',
      'How long decision-making lasted',
      'How long applying the change took',
      'What customers saw',
      'Expected duration',
      'Who was affected',
      'Workarounds',
    ]);

    await user.type(screen.getByLabelText('Expected duration'), 'We said “within the hour”');
    await user.tab();
    expect(meter()).toHaveAttribute('aria-valuetext', '4 of 12 answers');
    expect(missing()).not.toContain('Expected duration');

    // "Only some" asks one more question: which ones.
    await user.click(screen.getByRole('radio', { name: 'Only some — regions, features or share' }));
    expect(meter()).toHaveAttribute('aria-valuetext', '5 of 13 answers');
    expect(missing()).toContain('Which regions, features or share were affected');
    await user.click(
      screen.getByRole('button', { name: 'Which regions, features or share were affected' }),
    );
    const detail = screen.getByLabelText('Which regions, features or share of customers?');
    expect(detail).toHaveFocus();
    await user.type(detail, 'Card payments in Brazil');
    await user.tab();
    expect(meter()).toHaveAttribute('aria-valuetext', '6 of 13 answers');

    // A workaround that existed is an answer only once it is described.
    await user.click(screen.getByRole('radio', { name: 'A workaround existed' }));
    expect(meter()).toHaveAttribute('aria-valuetext', '6 of 13 answers');
    await user.click(screen.getByRole('button', { name: 'Workarounds' }));
    const workaround = screen.getByLabelText('The workaround');
    expect(workaround).toHaveFocus();
    await user.type(workaround, 'Pay by bank transfer');
    await user.tab();
    expect(meter()).toHaveAttribute('aria-valuetext', '7 of 13 answers');
    expect(missing()).not.toContain('Workarounds');

    const answers = {
      expectedDuration: 'We said “within the hour”',
      affected: 'some',
      affectedDetail: 'Card payments in Brazil',
      workaroundAvailable: true,
      workaround: 'Pay by bank transfer',
    };
    expect(store.getState().current?.preparation).toMatchObject(answers);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.preparation).toMatchObject(answers);

    // "No workaround" answers it too; "All customers" drops the follow-up question.
    await user.click(screen.getByRole('radio', { name: 'No workaround' }));
    await user.click(screen.getByRole('radio', { name: 'All customers' }));
    expect(screen.queryByLabelText('The workaround')).toBeNull();
    expect(screen.queryByLabelText('Which regions, features or share of customers?')).toBeNull();
    expect(meter()).toHaveAttribute('aria-valuetext', '6 of 12 answers');
  });

  it('focuses the field of a missing answer of this panel when it is clicked', async () => {
    const { user } = await renderPreparation(makeReviewData(CHECKOUT_OUTAGE));
    await user.click(screen.getByRole('button', { name: 'What customers saw' }));
    expect(screen.getByLabelText('What told customers something was wrong?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'How long decision-making lasted' }));
    expect(screen.getByLabelText('Decision')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Who was affected' }));
    expect(screen.getByRole('radio', { name: 'All customers' })).toHaveFocus();
    // Answers given elsewhere say where, without a control.
    expect(screen.queryByRole('button', { name: /When it ended/ })).toBeNull();
  });

  it('names the header fields and the Communications table for answers given there', async () => {
    const base = makeReviewData({ ...CHECKOUT_OUTAGE, alert: null, messages: [] });
    const data = { ...base, incident: { ...base.incident, severity: null } };
    await renderPreparation(data);
    expect(meter()).toHaveAttribute('aria-valuetext', '0 of 12 answers');
    expect(missing().slice(0, 3)).toEqual([
      'When it started (first alert) — set “Alert (first alert)” in the incident header',
      'When it ended (resolution) — set “Resolution (service restored)” in the incident header',
      'How long the investigation lasted — set the alert in the incident header first',
    ]);
    expect(missing()).toContain(
      'The communications sent to customers — add them in the Communications table',
    );
    expect(missing()).toContain('Severity — set “Severity” in the incident header');
  });
});
