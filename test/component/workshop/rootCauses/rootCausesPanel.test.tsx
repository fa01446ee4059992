import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../../src/domain/model';
import { RootCausesPanel } from '../../../../src/features/workshop/rootCauses/RootCausesPanel';
import { makeRootCause, makeWorkshopData } from '../plan/makeWorkshopData';
import { renderWorkshopPanel } from '../plan/renderWorkshopPanel';

/** The list of problem notes (under the heading "Problem notes"). */
function problemList(): HTMLElement {
  const list = screen.getByRole('heading', { name: 'Problem notes' }).nextElementSibling;
  if (!(list instanceof HTMLElement)) throw new Error('No problem notes.');
  return list;
}

/** The list item of a problem note, found by its text. */
function problem(text: string): HTMLElement {
  const item = within(problemList()).getByText(text).closest('li');
  if (item === null) throw new Error(`No problem note "${text}".`);
  return item;
}

const SILENCE = 'No update for over an hour during the fix';
const MIXED = 'Tweet and status page said different things';
const WHYS = [
  'Engineering sent no update while they worked on the fix',
  'Nobody asked engineering for updates',
  'Nobody owned telling customers during incidents',
];

function withRootCause(): ReviewData {
  const data = makeWorkshopData();
  return {
    ...data,
    rootCauses: [
      makeRootCause(data.review.id, { id: 'rc-owner', whys: WHYS, noteIds: ['note-silence'] }),
    ],
  };
}

describe('step 4: root causes with why-chains', () => {
  it('lists the problem notes (gap, confusion, other problem), not the ideas', async () => {
    await renderWorkshopPanel(RootCausesPanel, makeWorkshopData());
    expect(screen.getByRole('region', { name: 'Problems and root causes' })).toBeInTheDocument();
    const items = within(problemList()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.problem-text')?.textContent)).toEqual([
      MIXED,
      'Support learned about the outage from customers',
      SILENCE,
    ]);
    expect(screen.queryByText('Pin the status page link in the app')).toBeNull();
    expect(within(problem(SILENCE)).getByText('by Luis')).toBeInTheDocument();
    expect(screen.getByText('No root causes yet.')).toBeInTheDocument();
  });

  it('saves a chain of three whys as the root cause of a note', async () => {
    const { user, saved } = await renderWorkshopPanel(RootCausesPanel, makeWorkshopData());
    const item = problem(SILENCE);
    await user.click(within(item).getByRole('button', { name: 'Find the root cause' }));
    expect(within(item).getByText('The last answer is the root cause.')).toBeInTheDocument();
    const why1 = within(item).getByRole('textbox', { name: 'Why 1' });
    expect(why1).toHaveFocus();
    await user.type(why1, WHYS[0] ?? '');
    await user.click(within(item).getByRole('button', { name: 'Ask why again' }));
    await user.type(within(item).getByRole('textbox', { name: 'Why 2' }), WHYS[1] ?? '');
    await user.click(within(item).getByRole('button', { name: 'Ask why again' }));
    const why3 = within(item).getByRole('textbox', { name: 'Why 3' });
    expect(why3).toHaveFocus();
    expect(why3).toHaveAccessibleDescription(expect.stringContaining('Root cause'));
    expect(within(item).getByRole('textbox', { name: 'Why 2' })).not.toHaveAccessibleDescription(
      expect.stringContaining('Root cause'),
    );
    await user.type(why3, WHYS[2] ?? '');
    await user.click(within(item).getByRole('button', { name: 'Save root cause' }));

    expect(await screen.findByText('Root cause saved.')).toBeInTheDocument();
    expect(within(problem(SILENCE)).getByText(WHYS[2] ?? '')).toBeInTheDocument();
    const stored = (await saved()).rootCauses;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ whys: WHYS, noteIds: ['note-silence'], selected: false });
  });

  it('lets a second note share the root cause ("Same root cause as…")', async () => {
    const { user, saved } = await renderWorkshopPanel(RootCausesPanel, withRootCause());
    const item = problem(MIXED);
    await user.selectOptions(
      within(item).getByRole('combobox', { name: 'Same root cause as…' }),
      WHYS[2] ?? '',
    );
    expect(await screen.findByText('The problem now shares that root cause.')).toBeInTheDocument();
    expect(within(problem(MIXED)).getByText(WHYS[2] ?? '')).toBeInTheDocument();
    expect(screen.getByText('Explains 2 problems:')).toBeInTheDocument();
    expect((await saved()).rootCauses[0]?.noteIds).toEqual(['note-silence', 'note-mixed']);

    await user.click(within(problem(MIXED)).getByRole('button', { name: 'Not this root cause' }));
    expect(await screen.findByText('Explains 1 problem:')).toBeInTheDocument();
    expect((await saved()).rootCauses[0]?.noteIds).toEqual(['note-silence']);
  });

  it('hints, without blocking, when a why names a participant or an author', async () => {
    const { user, saved } = await renderWorkshopPanel(RootCausesPanel, makeWorkshopData());
    const item = problem(SILENCE);
    await user.click(within(item).getByRole('button', { name: 'Find the root cause' }));
    const why1 = within(item).getByRole('textbox', { name: 'Why 1' });
    await user.type(why1, 'The on-call engineer had no template');
    expect(within(item).queryByText(/The review looks at the process/)).toBeNull();

    await user.clear(why1);
    await user.type(why1, 'Marta forgot to tell support');
    const hint =
      'This names Marta Gómez. The review looks at the process, not at individuals — what in the process let this happen?';
    expect(within(item).getByText(hint)).toBeInTheDocument();
    expect(why1).toHaveAccessibleDescription(expect.stringContaining(hint));

    await user.click(within(item).getByRole('button', { name: 'Ask why again' }));
    await user.type(within(item).getByRole('textbox', { name: 'Why 2' }), 'Luis was busy');
    expect(within(item).getByText(/^This names Luis\./)).toBeInTheDocument();
    // "Marta" inside a longer word is not the name.
    await user.type(within(item).getByRole('textbox', { name: 'Why 2' }), ' Martamente');
    expect(within(item).getAllByText(/The review looks at the process/)).toHaveLength(2);
    expect(within(item).getByText(/^This names Luis\./)).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Save root cause' }));
    expect(await screen.findByText('Root cause saved.')).toBeInTheDocument();
    expect((await saved()).rootCauses[0]?.whys).toEqual([
      'Marta forgot to tell support',
      'Luis was busy Martamente',
    ]);
  });

  it('stops at five whys; Remove last why takes one away', async () => {
    const { user } = await renderWorkshopPanel(RootCausesPanel, makeWorkshopData());
    const item = problem(SILENCE);
    await user.click(within(item).getByRole('button', { name: 'Find the root cause' }));
    const again = within(item).getByRole('button', { name: 'Ask why again' });
    const removeLast = within(item).getByRole('button', { name: 'Remove last why' });
    expect(removeLast).toBeDisabled();
    for (let i = 0; i < 4; i++) await user.click(again);
    expect(within(item).getAllByRole('textbox')).toHaveLength(5);
    expect(within(item).getByRole('textbox', { name: 'Why 5' })).toBeInTheDocument();
    expect(again).toBeDisabled();
    expect(
      within(item).getByText('Five whys is the limit: the last answer is the root cause.'),
    ).toBeInTheDocument();

    await user.click(removeLast);
    expect(within(item).getAllByRole('textbox')).toHaveLength(4);
    expect(again).toBeEnabled();
    expect(within(item).queryByText(/Five whys is the limit/)).toBeNull();
  });

  it('asks for an answer before saving an empty chain', async () => {
    const { user, saved } = await renderWorkshopPanel(RootCausesPanel, makeWorkshopData());
    const item = problem(SILENCE);
    await user.click(within(item).getByRole('button', { name: 'Find the root cause' }));
    await user.click(within(item).getByRole('button', { name: 'Save root cause' }));
    expect(within(item).getByRole('alert')).toHaveTextContent(
      'Write at least one answer before saving.',
    );
    expect((await saved()).rootCauses).toEqual([]);
  });

  it('edits a root cause chain, deletes it and brings it back with Undo', async () => {
    const { user, saved } = await renderWorkshopPanel(RootCausesPanel, withRootCause());
    await user.click(
      screen.getByRole('button', { name: `Edit the root cause “${WHYS[2] ?? ''}”` }),
    );
    const why2 = screen.getByRole('textbox', { name: 'Why 2' });
    expect(why2).toHaveValue(WHYS[1]);
    await user.clear(why2);
    await user.type(why2, 'Updates were nobody’s job');
    await user.click(screen.getByRole('button', { name: 'Remove last why' }));
    await user.click(screen.getByRole('button', { name: 'Save root cause' }));
    expect(await screen.findByText('Root cause saved.')).toBeInTheDocument();
    expect((await saved()).rootCauses[0]?.whys).toEqual([WHYS[0], 'Updates were nobody’s job']);

    await user.click(
      screen.getByRole('button', { name: 'Delete the root cause “Updates were nobody’s job”' }),
    );
    expect(await screen.findByText('Root cause deleted. Undo brings it back.')).toBeInTheDocument();
    expect(screen.getByText('No root causes yet.')).toBeInTheDocument();
    expect((await saved()).rootCauses).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(
      await screen.findByRole('button', {
        name: 'Edit the root cause “Updates were nobody’s job”',
      }),
    ).toBeInTheDocument();
    expect((await saved()).rootCauses).toHaveLength(1);
  });

  it('renders in Spanish', async () => {
    const { user } = await renderWorkshopPanel(RootCausesPanel, withRootCause(), 'es');
    expect(screen.getByRole('region', { name: 'Problemas y causas raíz' })).toBeInTheDocument();
    expect(screen.getByText('Explica 1 problema:')).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Notas de problemas' }).nextElementSibling;
    const item = within(list as HTMLElement)
      .getByText(MIXED)
      .closest('li') as HTMLElement;
    expect(within(item).getByText('Confusión')).toBeInTheDocument();
    expect(
      within(item).getByRole('combobox', { name: 'Misma causa raíz que…' }),
    ).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Buscar la causa raíz' }));
    await user.type(within(item).getByRole('textbox', { name: 'Por qué 1' }), 'Marta no avisó');
    expect(within(item).getByText(/^Aquí se nombra a Marta Gómez\./)).toBeInTheDocument();
    expect(
      within(item).getByRole('button', { name: 'Preguntar por qué otra vez' }),
    ).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Guardar causa raíz' })).toBeInTheDocument();
  });
});
