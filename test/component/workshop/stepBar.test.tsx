/**
 * The workshop's step bar (workshop.md: preparation and steps 1–5): six tabs whose names
 * are contracts, the selected one stored as `session.step`, and each step's instructions.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeReviewData, CHECKOUT_OUTAGE } from '../support/makeReviewData';
import { renderWorkshop } from './renderWorkshop';

// The step tools (preparation, root causes, plan) have their own tests.
vi.mock('../../../src/features/workshop/StepTools', () => ({ StepTools: () => null }));

const selectedTab = () => screen.getByRole('tab', { selected: true });

describe('the step bar', () => {
  it('shows the six steps with their minutes, Preparation first when there is no session', async () => {
    await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    const tablist = screen.getByRole('tablist', { name: 'Workshop steps' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'Preparation',
      '1 Walk the timeline · 10 min',
      '2 Mind the gaps · 10 min',
      '3 Assess · 15 min',
      '4 Root causes · 15 min',
      '5 Plan · 10 min',
    ]);
    for (const name of ['Walk the timeline', 'Mind the gaps', 'Assess', 'Root causes', 'Plan']) {
      expect(screen.getByRole('tab', { name: new RegExp(name) })).toBeInTheDocument();
    }
    expect(selectedTab()).toHaveAccessibleName('Preparation');
    const panel = screen.getByRole('tabpanel', { name: 'Preparation' });
    expect(
      within(panel).getByRole('heading', { name: 'Before the session: preparation' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/When it started \(first alert\)/)).toBeInTheDocument();
    // The preparation has no timer, only the session's total.
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('Session 00:00 of 60:00')).toBeInTheDocument();
  });

  it('selecting a tab stores the step (one saved write) and shows its instructions', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderWorkshop(data);
    await user.click(screen.getByRole('tab', { name: /Walk the timeline/ }));

    expect(selectedTab()).toHaveAccessibleName('1 Walk the timeline · 10 min');
    expect(store.getState().current?.session?.step).toBe('walk');
    const panel = screen.getByRole('tabpanel', { name: /Walk the timeline/ });
    expect(
      within(panel).getByText(
        'This is a safe space: speak openly about frustration, confusion and disagreement.',
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('timer', { name: 'Timer' })).toHaveTextContent('10:00');

    await user.click(screen.getByRole('tab', { name: /Mind the gaps/ }));
    expect(screen.getByRole('tabpanel', { name: /Mind the gaps/ })).toHaveTextContent(
      'Gaps longer than the target (20–30 minutes) are circled',
    );
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.session?.step).toBe('gaps');
    // Each step change is an edit the review's Undo takes back.
    await store.getState().actions.undo();
    expect(await screen.findByRole('tabpanel', { name: /Walk the timeline/ })).toBeVisible();
  });

  it('moves between tabs with the arrow keys, Home and End (one tab stop)', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    await user.tab();
    expect(tabs[0]).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Walk the timeline/ })).toHaveFocus();
    expect(selectedTab()).toHaveAccessibleName(/Walk the timeline/);
    expect(store.getState().current?.session?.step).toBe('walk');

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectedTab()).toHaveAccessibleName(/Assess/);
    await user.keyboard('{ArrowLeft}');
    expect(selectedTab()).toHaveAccessibleName(/Mind the gaps/);
    await user.keyboard('{End}');
    expect(selectedTab()).toHaveAccessibleName(/Plan/);
    expect(selectedTab()).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(selectedTab()).toHaveAccessibleName('Preparation');
    await user.keyboard('{ArrowLeft}');
    expect(selectedTab()).toHaveAccessibleName(/Plan/);
    await user.keyboard('{Home}');
    expect(selectedTab()).toHaveAccessibleName('Preparation');
    expect(store.getState().current?.session?.step).toBe('preparation');
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('shows the guiding questions one at a time, or all of them', async () => {
    const { user } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    await user.click(screen.getByRole('tab', { name: /Assess/ }));
    const questions = screen.getByRole('region', { name: 'Guiding questions' });
    expect(within(questions).getByText('Question 1 of 8')).toBeInTheDocument();
    expect(
      within(questions).getByText(/How did we route customers who hit an error page\?/),
    ).toBeInTheDocument();
    const previous = within(questions).getByRole('button', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');

    const next = within(questions).getByRole('button', { name: 'Next' });
    await user.click(next);
    await user.click(next);
    expect(within(questions).getByText('Question 3 of 8')).toBeInTheDocument();
    expect(
      within(questions).getByText(
        'Did we communicate early and often? (Step 2 answers this.) Why, or why not?',
      ),
    ).toBeInTheDocument();
    await user.click(previous);
    expect(within(questions).getByText('Question 2 of 8')).toBeInTheDocument();
    for (let i = 0; i < 10; i += 1) await user.click(next);
    expect(within(questions).getByText('Question 8 of 8')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();

    await user.click(within(questions).getByRole('checkbox', { name: 'Show all questions' }));
    const items = within(questions).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[7]).toHaveTextContent(
      'What do customers know about this incident from our messages alone?',
    );
    expect(within(questions).queryByText(/Question \d of 8/)).toBeNull();
  });

  it('speaks Spanish', async () => {
    const { user } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE), { language: 'es' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Preparación',
      '1 Recorrer la cronología · 10 min',
      '2 Revisar los huecos · 10 min',
      '3 Evaluar · 15 min',
      '4 Causas raíz · 15 min',
      '5 Plan · 10 min',
    ]);
    expect(screen.getByRole('tablist', { name: 'Pasos del taller' })).toBeInTheDocument();
    expect(screen.getByText('Sesión 00:00 de 60:00')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Personas en la sala' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Modo anónimo' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Recorrer la cronología/ }));
    expect(screen.getByRole('timer', { name: 'Temporizador' })).toHaveTextContent('10:00');
    expect(screen.getByRole('button', { name: 'Iniciar' })).toBeInTheDocument();
    expect(screen.getByText(/^Este es un espacio seguro/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Evaluar/ }));
    expect(screen.getByText('Pregunta 1 de 8')).toBeInTheDocument();
  });
});
