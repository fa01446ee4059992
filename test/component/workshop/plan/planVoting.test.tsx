import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../../src/domain/model';
import { PlanPanel } from '../../../../src/features/workshop/plan/PlanPanel';
import { makeRootCause, makeVote, makeWorkshopData } from './makeWorkshopData';
import { renderWorkshopPanel } from './renderWorkshopPanel';

const OWNERS = 'Nobody owned telling customers';
const TEMPLATES = 'We had no templates';
const PLAN = 'No agreed communication plan';

/** Three root causes (in creation order: owners, templates, plan) and two people. */
function withRootCauses(overrides: Partial<ReviewData> = {}): ReviewData {
  const data = makeWorkshopData();
  const id = data.review.id;
  const at = (n: number) => Date.parse('2026-11-01T00:00:00Z') + n;
  return {
    ...data,
    rootCauses: [
      makeRootCause(id, { id: 'rc-owners', whys: [OWNERS], createdAt: at(1) }),
      makeRootCause(id, { id: 'rc-templates', whys: ['Why?', TEMPLATES], createdAt: at(2) }),
      makeRootCause(id, { id: 'rc-plan', whys: [PLAN], createdAt: at(3) }),
    ],
    ...overrides,
  };
}

const vote = (rootCause: string, person: string) =>
  screen.getByRole('button', { name: `Vote for ${rootCause} as ${person}` });
const results = () =>
  within(screen.getByRole('list', { name: 'Results' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('step 5: dot voting', () => {
  it('casts votes per person in the Votes grid, limited to the votes each has', async () => {
    const { user, saved } = await renderWorkshopPanel(PlanPanel, withRootCauses());
    const grid = screen.getByRole('table', { name: 'Votes' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Root cause', 'João', 'Marta Gómez']);
    expect(screen.getByText(/^Each person has 3 votes\./)).toBeInTheDocument();

    await user.click(vote(TEMPLATES, 'Marta Gómez'));
    await user.click(vote(TEMPLATES, 'Marta Gómez'));
    await user.click(vote(PLAN, 'Marta Gómez'));
    // Marta used her three dots: every +1 of hers is off, João's are not.
    for (const rc of [OWNERS, TEMPLATES, PLAN]) {
      expect(vote(rc, 'Marta Gómez')).toBeDisabled();
      expect(vote(rc, 'João')).toBeEnabled();
    }
    await user.click(vote(PLAN, 'João'));
    const left = within(grid).getByRole('row', { name: /Votes left/ });
    expect(
      within(left)
        .getAllByRole('cell')
        .map((c) => c.firstChild?.textContent),
    ).toEqual(['2 left', '0 left']);
    const votes = (await saved()).votes;
    expect(votes.map((v) => [v.rootCauseId, v.participantId])).toEqual(
      expect.arrayContaining([
        ['rc-templates', 'p-marta'],
        ['rc-templates', 'p-marta'],
        ['rc-plan', 'p-marta'],
        ['rc-plan', 'p-joao'],
      ]),
    );
    expect(votes).toHaveLength(4);

    // João takes his vote back.
    await user.click(screen.getByRole('button', { name: 'Take back the last vote of João' }));
    expect((await saved()).votes).toHaveLength(3);
    expect(vote(OWNERS, 'João')).toBeEnabled();
  });

  it('hides the results until Reveal votes, then sorts the root causes by votes', async () => {
    const data = withRootCauses();
    const id = data.review.id;
    const { user, saved } = await renderWorkshopPanel(PlanPanel, {
      ...data,
      votes: [
        makeVote(id, 'v1', 'rc-plan', 'p-marta'),
        makeVote(id, 'v2', 'rc-plan', 'p-joao'),
        makeVote(id, 'v3', 'rc-templates', 'p-marta'),
      ],
    });
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove a vote/ })).toBeNull();
    expect(
      screen.getByText('3 votes cast. The results are hidden until you reveal them.'),
    ).toBeInTheDocument();
    // Before the reveal the root causes keep the order they were found in.
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('li')?.textContent)).toEqual([
      OWNERS,
      TEMPLATES,
      PLAN,
    ]);

    await user.click(screen.getByRole('button', { name: 'Reveal votes' }));
    expect(results()).toEqual([`2 votes ${PLAN}`, `1 vote ${TEMPLATES}`, `0 votes ${OWNERS}`]);
    expect((await saved()).session?.votesRevealed).toBe(true);

    // −1 in a cell removes that person's vote there.
    await user.click(screen.getByRole('button', { name: `Remove a vote for ${PLAN} as João` }));
    expect(results()).toEqual([`1 vote ${TEMPLATES}`, `1 vote ${PLAN}`, `0 votes ${OWNERS}`]);
    expect((await saved()).votes.map((v) => v.id).sort()).toEqual(['v1', 'v3']);

    await user.click(screen.getByRole('button', { name: 'Hide votes' }));
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();
    expect((await saved()).session?.votesRevealed).toBe(false);
  });

  it('picks the top root causes for the plan, or any by hand', async () => {
    const data = withRootCauses();
    const id = data.review.id;
    const { user, saved } = await renderWorkshopPanel(PlanPanel, {
      ...data,
      votes: [
        makeVote(id, 'v1', 'rc-plan', 'p-marta'),
        makeVote(id, 'v2', 'rc-plan', 'p-joao'),
        makeVote(id, 'v3', 'rc-templates', 'p-marta'),
      ],
    });
    const top = screen.getByRole('button', { name: 'Pick the top 3' });
    expect(top).toBeDisabled();
    expect(top).toHaveAccessibleDescription('Reveal the votes to pick the most voted.');
    await user.click(screen.getByRole('button', { name: 'Reveal votes' }));
    // The unvoted root cause is not suggested: only the two with votes are the top.
    expect(screen.getAllByText('Most voted')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Pick the top 3' }));
    expect(screen.getByRole('checkbox', { name: PLAN })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: TEMPLATES })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: OWNERS })).not.toBeChecked();
    const selected = (await saved()).rootCauses.filter((rc) => rc.selected).map((rc) => rc.id);
    expect(selected.sort()).toEqual(['rc-plan', 'rc-templates']);

    await user.click(screen.getByRole('checkbox', { name: OWNERS }));
    await user.click(screen.getByRole('checkbox', { name: TEMPLATES }));
    const after = (await saved()).rootCauses.filter((rc) => rc.selected).map((rc) => rc.id);
    expect(after.sort()).toEqual(['rc-owners', 'rc-plan']);
    expect(screen.getByRole('heading', { name: `Actions for: ${OWNERS}` })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: `Actions for: ${TEMPLATES}` })).toBeNull();
  });

  it('asks for the people in the room when there are none; picking still works', async () => {
    const { user, saved } = await renderWorkshopPanel(
      PlanPanel,
      withRootCauses({ participants: [] }),
    );
    expect(screen.queryByRole('table', { name: 'Votes' })).toBeNull();
    expect(screen.getByText(/^Nobody is in the room yet\. Add the people/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: OWNERS }));
    expect((await saved()).rootCauses.find((rc) => rc.id === 'rc-owners')?.selected).toBe(true);
  });

  it('says to find root causes first when there are none', async () => {
    await renderWorkshopPanel(PlanPanel, makeWorkshopData());
    expect(
      screen.getByText('There is nothing to vote on yet: find the root causes in step 4.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Pick at least one root cause above to write its actions.'),
    ).toBeInTheDocument();
  });

  it('changes the votes per person', async () => {
    const { user, saved } = await renderWorkshopPanel(PlanPanel, withRootCauses());
    const field = screen.getByRole('spinbutton', { name: 'Votes per person' });
    expect(field).toHaveValue(3);
    await user.clear(field);
    await user.type(field, '1');
    expect(await screen.findByText(/^Each person has 1 vote\./)).toBeInTheDocument();
    expect((await saved()).session?.votesPerParticipant).toBe(1);
    await user.click(vote(OWNERS, 'João'));
    expect(vote(PLAN, 'João')).toBeDisabled();
  });
});
