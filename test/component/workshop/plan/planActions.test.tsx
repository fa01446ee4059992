import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanAction, ReviewData } from '../../../../src/domain/model';
import { RECOMMENDATIONS } from '../../../../src/domain/workshop/recommendations';
import { PlanPanel } from '../../../../src/features/workshop/plan/PlanPanel';
import { makeAction, makeRootCause, makeWorkshopData } from './makeWorkshopData';
import { renderWorkshopPanel } from './renderWorkshopPanel';

const OWNERS = 'Nobody owned telling customers';
const FUTURE = '2099-06-30';
const PAST = '2020-01-15';

/** One root cause picked for the plan, with `actions` for it. */
function picked(actions: readonly PlanAction[] = []): ReviewData {
  const data = makeWorkshopData();
  const id = data.review.id;
  return {
    ...data,
    rootCauses: [makeRootCause(id, { id: 'rc-owners', whys: [OWNERS], selected: true })],
    actions: actions.map((a) => ({ ...a, reviewId: id, rootCauseId: 'rc-owners' })),
  };
}

const good = (id: string, text: string, n: number) =>
  makeAction('', {
    id,
    text,
    owner: 'Marta Gómez',
    deadline: FUTURE,
    createdAt: Date.parse('2026-11-01T00:00:00Z') + n,
  });

/** The row of the action whose text field holds `text`. */
function row(text: string): HTMLElement {
  const tr = screen.getByDisplayValue(text).closest('tr');
  if (tr === null) throw new Error(`No action "${text}".`);
  return tr;
}
const rowWarnings = (text: string) =>
  [...row(text).querySelectorAll('.action-warnings li')].map((li) => li.textContent);

describe('step 5: the action plan', () => {
  it('adds an action from a recommendation and edits it; every edit is saved', async () => {
    const { user, saved } = await renderWorkshopPanel(PlanPanel, picked());
    const group = screen.getByRole('region', { name: `Actions for: ${OWNERS}` });
    expect(within(group).getByText('No actions yet.')).toBeInTheDocument();
    const roles = RECOMMENDATIONS[1];
    if (roles === undefined) throw new Error('five recommendations');
    expect(within(group).getAllByRole('button', { name: 'Use as a starting point' })).toHaveLength(
      5,
    );
    const use = within(group).getByText(roles.action.en).closest('li')?.querySelector('button');
    expect(use).toHaveAccessibleDescription(roles.action.en);
    await user.click(use as HTMLButtonElement);

    const text = await within(group).findByRole('textbox', { name: 'Action' });
    expect(text).toHaveValue(roles.draft.en);
    expect(text).toHaveFocus();
    expect((await saved()).actions).toMatchObject([
      {
        rootCauseId: 'rc-owners',
        text: roles.draft.en,
        owner: '',
        deadline: null,
        status: 'open',
      },
    ]);

    await user.clear(text);
    await user.type(text, 'Define who updates the status page during incidents');
    await user.tab();
    const owner = within(group).getByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveFocus();
    expect(owner).toHaveAttribute('list');
    const list = document.getElementById(owner.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value).sort()).toEqual([
      'João',
      'Marta Gómez',
    ]);
    await user.type(owner, 'Support lead');
    await user.tab();
    const deadline = within(group).getByLabelText('Deadline');
    expect(deadline).toHaveAttribute('type', 'date');
    await user.type(deadline, FUTURE);
    await user.tab();
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Status' }),
      'In progress',
    );

    expect((await saved()).actions).toMatchObject([
      {
        text: 'Define who updates the status page during incidents',
        owner: 'Support lead',
        deadline: FUTURE,
        status: 'in-progress',
      },
    ]);
    expect(screen.getByText('The plan has no warnings.')).toBeInTheDocument();
  });

  it('adds an empty action with Add action, and deletes one', async () => {
    const { user, saved } = await renderWorkshopPanel(
      PlanPanel,
      picked([good('a1', 'Write status page templates', 1)]),
    );
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findAllByRole('textbox', { name: 'Action' })).toHaveLength(2);
    expect((await saved()).actions).toHaveLength(2);
    expect(
      screen.getByText(
        'An action without text: Not actionable: start with a verb; No owner; No deadline',
      ),
    ).toBeInTheDocument();
    await user.click(
      within(row('Write status page templates')).getByRole('button', { name: 'Delete' }),
    );
    expect(screen.getAllByRole('textbox', { name: 'Action' })).toHaveLength(1);
    expect((await saved()).actions.map((a) => a.text)).toEqual(['']);
  });

  it('warns, next to each action and on top, without blocking anything', async () => {
    await renderWorkshopPanel(
      PlanPanel,
      picked([
        good('a-good', 'Write templates for payment incidents', 1),
        { ...good('a-owner', 'Define communication roles', 2), owner: '' },
        { ...good('a-date', 'Publish the incident communication plan', 3), deadline: null },
        { ...good('a-verb', 'Templates for common incidents', 4) },
        { ...good('a-past', 'Review the escalation policy', 5), deadline: PAST },
      ]),
    );
    expect(rowWarnings('Write templates for payment incidents')).toEqual([]);
    expect(rowWarnings('Define communication roles')).toEqual(['No owner']);
    expect(rowWarnings('Publish the incident communication plan')).toEqual(['No deadline']);
    expect(rowWarnings('Templates for common incidents')).toEqual([
      'Not actionable: start with a verb',
    ]);
    expect(rowWarnings('Review the escalation policy')).toEqual(['Deadline in the past']);
    expect(
      within(row('Define communication roles')).getByRole('textbox', { name: 'Action' }),
    ).toHaveAccessibleDescription('No owner');

    const summary = screen
      .getAllByRole('status')
      .find((s) => s.classList.contains('plan-warnings'));
    expect(summary).toHaveTextContent(
      '5 warnings on the plan. Warnings never block: record only plans the team believes are worth doing.',
    );
    expect([...(summary?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      "More than three actions: don't write actions just to finish the session",
      '“Define communication roles”: No owner',
      '“Publish the incident communication plan”: No deadline',
      '“Templates for common incidents”: Not actionable: start with a verb',
      '“Review the escalation policy”: Deadline in the past',
    ]);
    // Warnings never block: every field is still editable.
    for (const field of screen.getAllByRole('textbox', { name: 'Action' })) {
      expect(field).toBeEnabled();
    }
  });

  it('shows no warning for a good plan', async () => {
    await renderWorkshopPanel(
      PlanPanel,
      picked([
        good('a1', 'Write templates for payment incidents', 1),
        good('a2', 'Define communication roles', 2),
        { ...good('a3', 'Publish the incident communication plan', 3), status: 'done' },
      ]),
    );
    expect(screen.getByText('The plan has no warnings.')).toBeInTheDocument();
    expect(document.querySelectorAll('.action-warnings')).toHaveLength(0);
  });

  it('keeps the actions of a root cause that was deleted', async () => {
    const data = picked();
    await renderWorkshopPanel(PlanPanel, {
      ...data,
      actions: [makeAction(data.review.id, { id: 'a-loose', text: 'Write a tone guide' })],
    });
    const group = screen.getByRole('region', { name: 'Actions whose root cause was deleted' });
    expect(within(group).getByDisplayValue('Write a tone guide')).toBeInTheDocument();
    expect(within(group).queryByRole('button', { name: 'Add action' })).toBeNull();
  });

  it('renders in Spanish, with the recommendations in Spanish', async () => {
    const { user, saved } = await renderWorkshopPanel(
      PlanPanel,
      picked([{ ...good('a1', 'Templates for common incidents', 1), owner: '' }]),
      'es',
    );
    expect(screen.getByRole('region', { name: 'Votación y plan de acción' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Votos' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar votos' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Votar por ${OWNERS} como Marta Gómez` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elegir las 3 más votadas' })).toBeDisabled();
    expect(rowWarnings('Templates for common incidents')).toEqual([
      'No es accionable: empieza con un verbo',
      'Sin responsable',
    ]);
    expect(screen.getByText(/^2 avisos en el plan\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        '«Templates for common incidents»: No es accionable: empieza con un verbo; Sin responsable',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Responsable' })).toBeInTheDocument();
    const es = RECOMMENDATIONS[0]?.action.es ?? '';
    const draft = RECOMMENDATIONS[0]?.draft.es ?? '';
    const use = screen.getByText(es).closest('li')?.querySelector('button');
    expect(use).toHaveTextContent('Usar como punto de partida');
    await user.click(use as HTMLButtonElement);
    // The new action starts from the recommendation, worded as an action (a verb first).
    expect(await screen.findByDisplayValue(draft)).toBeInTheDocument();
    expect((await saved()).actions.map((a) => a.text)).toContain(draft);
    expect(
      within(screen.getAllByRole('combobox', { name: 'Estado' })[0] as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Abierta', 'En curso', 'Hecha', 'Descartada']);
  });
});
