/**
 * The people in the room (add, remove with Undo), the facilitator, anonymous mode (authors
 * of notes hidden: `useAnonymous`), and the review's undo/redo keys.
 */
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAnonymous } from '../../../src/features/workshop/useAnonymous';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { makeReviewData, CHECKOUT_OUTAGE } from '../support/makeReviewData';
import { renderWorkshop } from './renderWorkshop';

vi.mock('../../../src/features/workshop/StepTools', () => ({ StepTools: () => null }));

const people = () => screen.getByRole('region', { name: 'People in the room' });
const names = () =>
  within(people())
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

async function addPerson(user: UserEvent, name: string, role = '') {
  await user.type(within(people()).getByLabelText('Name'), name);
  if (role !== '') await user.type(within(people()).getByLabelText('Role'), role);
  await user.click(within(people()).getByRole('button', { name: 'Add person' }));
}

describe('people in the room', () => {
  it('adds people with an optional role, and saves them', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderWorkshop(data);
    expect(within(people()).getByText('Nobody added yet.')).toBeInTheDocument();
    expect(within(people()).getByText('0 people')).toBeInTheDocument();

    await addPerson(user, 'Ana', 'Support lead');
    await addPerson(user, 'Luis');
    expect(names()).toEqual(['AnaSupport leadRemove', 'LuisRemove']);
    expect(within(people()).getByText('2 people')).toBeInTheDocument();
    expect(within(people()).getByRole('status')).toHaveTextContent('Luis added');
    // The form is cleared and ready for the next person.
    expect(within(people()).getByLabelText('Name')).toHaveValue('');
    expect(within(people()).getByLabelText('Name')).toHaveFocus();
    expect(store.getState().current?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ana', 'Support lead'],
      ['Luis', null],
    ]);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.participants).toHaveLength(2);
  });

  it('refuses an empty name with an error tied to the field', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    await user.type(within(people()).getByLabelText('Name'), '   ');
    await user.click(within(people()).getByRole('button', { name: 'Add person' }));
    const name = within(people()).getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(store.getState().current?.participants).toHaveLength(0);
  });

  it('removes a person at once, and Undo (the review’s undo) brings them back', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderWorkshop(data);
    await addPerson(user, 'Ana');
    await addPerson(user, 'Luis');
    await user.click(within(people()).getByRole('button', { name: 'Remove Ana' }));

    expect(names()).toEqual(['LuisRemove']);
    const status = within(people()).getByRole('status');
    expect(status).toHaveTextContent('Ana removed');
    const undo = within(status).getByRole('button', { name: 'Undo removing Ana' });
    expect(undo).toHaveFocus();
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.participants.map((p) => p.name)).toEqual([
      'Luis',
    ]);

    await user.click(undo);
    await waitFor(() => expect(names()).toEqual(['AnaRemove', 'LuisRemove']));
    expect(status).toHaveTextContent('Ana is back');
    expect(within(people()).getByRole('button', { name: 'Remove Ana' })).toHaveFocus();
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.participants).toHaveLength(2);
  });

  it('is open while preparing and folds to the names during the timed steps', async () => {
    const { user } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    const toggle = within(people()).getByRole('button', { name: 'People in the room' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await addPerson(user, 'Luis');
    await addPerson(user, 'Ana');
    await user.click(within(people()).getByRole('checkbox', { name: 'Anonymous mode' }));
    await user.click(screen.getByRole('tab', { name: /Walk the timeline/ }));

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(people()).queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(within(people()).getByText(/^Luis, Ana/)).toHaveTextContent(
      'Luis, Ana Anonymous mode is on.',
    );
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(people()).getByLabelText('Name')).toBeVisible();
    // The facilitator's choice holds across steps.
    await user.click(screen.getByRole('tab', { name: /Mind the gaps/ }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('saves the facilitator’s name when the field is left', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    const field = within(people()).getByLabelText('Facilitator');
    await user.type(field, 'Marta');
    expect(store.getState().current?.session).toBeNull();
    await user.tab();
    expect(store.getState().current?.session?.facilitator).toBe('Marta');
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(store.getState().current?.session?.facilitator).toBeNull();
  });

  it('anonymous mode is stored in the session and read by useAnonymous', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderWorkshop(data);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreProvider store={store}>{children}</StoreProvider>
    );
    const hook = renderHook(() => useAnonymous(), { wrapper });
    expect(hook.result.current).toBe(false);

    const toggle = within(people()).getByRole('checkbox', { name: 'Anonymous mode' });
    expect(toggle).toHaveAccessibleDescription(
      'Hides who wrote each note, on screen and in every export.',
    );
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(store.getState().current?.session?.anonymous).toBe(true);
    await waitFor(() => expect(hook.result.current).toBe(true));
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.session?.anonymous).toBe(true);

    // A reload reads it back.
    const reloaded = createAppStore(gateway);
    await reloaded.getState().actions.openReview(data.review.id);
    expect(reloaded.getState().current?.session?.anonymous).toBe(true);
  });

  it('useAnonymous is false with no review open', () => {
    const store = createAppStore(new MemoryReviewGateway());
    const { result } = renderHook(() => useAnonymous(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <StoreProvider store={store}>{children}</StoreProvider>
      ),
    });
    expect(result.current).toBe(false);
  });
});

describe('undo and redo keys', () => {
  it('Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, outside text fields', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    // The first session change creates the session (a creation the store does not undo).
    await user.click(screen.getByRole('tab', { name: /Walk the timeline/ }));
    await user.click(screen.getByRole('tab', { name: 'Preparation' }));
    await addPerson(user, 'Ana');
    await user.click(screen.getByRole('tab', { name: /Mind the gaps/ }));
    const step = () => store.getState().current?.session?.step;
    expect(step()).toBe('gaps');

    // Focus on the tab, not in a text field.
    await user.keyboard('{Control>}z{/Control}');
    expect(step()).toBe('preparation');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().current?.participants).toHaveLength(0);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().current?.participants).toHaveLength(1);
    await user.keyboard('{Control>}y{/Control}');
    expect(step()).toBe('gaps');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(step()).toBe('preparation');
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    expect(step()).toBe('gaps');
    // A checkbox is not a text field: the review's undo applies there too.
    await user.click(within(people()).getByRole('button', { name: 'People in the room' }));
    await user.click(within(people()).getByRole('checkbox', { name: 'Anonymous mode' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().current?.session?.anonymous).toBe(false);
  });

  it('leaves Ctrl+Z to the browser while typing in a field', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    await addPerson(user, 'Ana');
    const name = within(people()).getByLabelText('Name');
    await user.click(name);
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
    expect(store.getState().current?.participants).toHaveLength(1);
    const role = within(people()).getByLabelText('Role');
    await user.click(role);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().current?.participants).toHaveLength(1);
    expect(store.getState().history.canUndo).toBe(true);
  });

  it('leaves the keys alone inside a dialog', async () => {
    const { user, store } = await renderWorkshop(makeReviewData(CHECKOUT_OUTAGE));
    await addPerson(user, 'Ana');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    button.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().current?.participants).toHaveLength(1);
    dialog.remove();
  });
});
