/**
 * Step 3's **Message checks** panel (issue "Assess the messages themselves"): counts per
 * rule that filter the list, findings grouped by message next to its text with the
 * incident-level ones last, English and Spanish, long messages collapsed, and **Add as
 * note** writing the note through the store, after which the finding shows "Note added"
 * (derived from the review's notes, so a reload keeps it).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import { newSession } from '../../../src/domain/workshop/stepTimer';
import { CHECKS_REVIEW } from '../support/checksReview';
import { makeReviewData } from '../support/makeReviewData';
import { renderWorkshop } from '../workshop/renderWorkshop';

const at = (iso: string) => Date.parse(iso);

/** The checks' review, opened in step 3. */
function assessReview(): ReviewData {
  const data = makeReviewData(CHECKS_REVIEW);
  const session = newSession({ id: 's-1', reviewId: data.review.id }, at('2026-11-02T09:00:00Z'));
  return { ...data, session: { ...session, step: 'assess' } };
}

const panel = () => screen.getByRole('region', { name: 'Message checks' });
const groups = (region: HTMLElement) =>
  within(region)
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);
const chips = (region: HTMLElement) =>
  within(within(region).getByRole('group', { name: 'Show the hints of one rule' }))
    .getAllByRole('button')
    .map((b) => [b.textContent, b.getAttribute('aria-pressed')]);

describe('the Message checks panel', () => {
  it('counts the findings per rule and lists them by message, the incident last', async () => {
    await renderWorkshop(assessReview());
    const region = panel();
    expect(within(region).getByText('7 hints on 4 messages')).toBeInTheDocument();
    expect(
      within(region).getByText(/prompts for the room to discuss, not verdicts/),
    ).toBeInTheDocument();
    // Only the rules with findings, in the spec's order.
    expect(chips(region)).toEqual([
      ['All rules 7', 'true'],
      ['Late first update 1', 'false'],
      ['Cliché apology 1', 'false'],
      ['No next-update time 2', 'false'],
      ['Missed update promise 1', 'false'],
      ['Unclear resolution 1', 'false'],
      ['No post-incident summary 1', 'false'],
    ]);
    // One group per message in time order (the internal note is not judged), then the incident.
    expect(groups(region)).toEqual([
      `14:45 UTC−03:00 · Status page`,
      `15:10 UTC−03:00 · Status page`,
      `15:50 UTC−03:00 · Twitter/X`,
      `16:05 UTC−03:00 · Status page`,
      'The incident as a whole',
    ]);

    const items = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.check-group'));
    const first = items[0] as HTMLElement;
    expect(first).toHaveTextContent(
      'We are investigating an issue. We apologize for any inconvenience.',
    );
    const findings = within(first)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.finding-rule')?.textContent);
    expect(findings).toEqual(['Late first update', 'Cliché apology', 'No next-update time']);
    expect(first).toHaveTextContent(
      "First customer message 45 min after the alert; the target's upper bound is 30 min.",
    );
    expect(first).toHaveTextContent('Try: Apologise for the actual harm in plain words');
    const incident = items[4] as HTMLElement;
    expect(incident.querySelector('.finding-rule')).toHaveTextContent('No post-incident summary');
    expect(incident).toHaveTextContent(
      'Resolved (16:05 UTC−03:00), but no follow-up message was sent.',
    );
    expect(
      within(incident).getByRole('button', {
        name: 'Add as note: No post-incident summary, the incident as a whole',
      }),
    ).toBeInTheDocument();
  });

  it('shows one rule alone when its count is pressed, and all again when pressed twice', async () => {
    const { user } = await renderWorkshop(assessReview());
    const region = panel();
    const noNext = within(region).getByRole('button', { name: 'No next-update time 2' });
    await user.click(noNext);
    expect(noNext).toHaveAttribute('aria-pressed', 'true');
    expect(groups(region)).toEqual([
      `14:45 UTC−03:00 · Status page`,
      `15:50 UTC−03:00 · Twitter/X`,
    ]);
    expect([...region.querySelectorAll('.finding-rule')].map((n) => n.textContent)).toEqual([
      'No next-update time',
      'No next-update time',
    ]);
    await user.click(noNext);
    expect(noNext).toHaveAttribute('aria-pressed', 'false');
    expect(groups(region)).toHaveLength(5);

    await user.click(within(region).getByRole('button', { name: 'Unclear resolution 1' }));
    expect(groups(region)).toEqual([`16:05 UTC−03:00 · Status page`]);
    await user.click(within(region).getByRole('button', { name: 'All rules 7' }));
    expect(groups(region)).toHaveLength(5);
  });

  it('shortens a long message until it is opened', async () => {
    const { user } = await renderWorkshop(assessReview());
    const region = panel();
    const more = within(region).getByRole('button', { name: 'Show the whole message' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const text = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(text?.textContent).toMatch(/^Card payments at checkout are still failing .*…$/);
    expect(text?.textContent).not.toContain('as quickly as we can.');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveTextContent('Show less');
    expect(text?.textContent).toContain('as quickly as we can.');
  });

  it('speaks Spanish: heading, rule names, evidence, advice and buttons', async () => {
    await renderWorkshop(assessReview(), { language: 'es' });
    const region = screen.getByRole('region', { name: 'Revisión de los mensajes' });
    expect(within(region).getByText('7 pistas en 4 mensajes')).toBeInTheDocument();
    expect(
      within(within(region).getByRole('group', { name: 'Mostrar las pistas de una regla' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Todas las reglas 7',
      'Primera actualización tardía 1',
      'Disculpa de fórmula 1',
      'Sin hora de la próxima actualización 2',
      'Promesa de actualización incumplida 1',
      'Resolución poco clara 1',
      'Sin resumen posterior al incidente 1',
    ]);
    expect(groups(region).at(-1)).toBe('El incidente en su conjunto');
    expect(region).toHaveTextContent('Sin hora ni intervalo para la próxima actualización.');
    expect(region).toHaveTextContent('Sugerencia: Di cuándo llegará la próxima actualización');
    expect(
      within(region).getByRole('button', {
        name: `Añadir como nota: Disculpa de fórmula, mensaje de Status page de las 14:45 UTC−03:00`,
      }),
    ).toHaveTextContent('Añadir como nota');
  });

  it('turns a finding into a note through the store, then shows "Note added", also after a reload', async () => {
    const data = assessReview();
    const { user, store, gateway, unmount } = await renderWorkshop(data);
    const region = panel();
    const button = within(region).getByRole('button', {
      name: `Add as note: Cliché apology, Status page message of 14:45 UTC−03:00`,
    });
    expect(button).toHaveTextContent('Add as note');
    await user.click(button);

    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('Added a note'),
    );
    const notes = store.getState().current?.notes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      text: 'Cliché apology: "We apologize for any inconvenience"',
      category: 'other-problem',
      author: null,
      at: at('2024-03-05T14:45:00-03:00'),
      onGap: false,
      offsetY: -48,
    });
    const item = region.querySelectorAll('.finding')[1] as HTMLElement;
    expect(within(item).queryByRole('button', { name: /^Add as note/ })).toBeNull();
    expect(within(item).getByRole('button', { name: /^Dismiss/ })).toBeInTheDocument();
    expect(within(item).getByText('Note added')).toHaveFocus();
    // The other findings of the message can still become notes.
    expect(region.querySelectorAll('.finding-add')).toHaveLength(6);

    // The incident-level finding is pinned at the resolution, as a gap note; it stacks
    // above nothing nearby, so it takes the first row.
    await user.click(
      within(region).getByRole('button', {
        name: 'Add as note: No post-incident summary, the incident as a whole',
      }),
    );
    await waitFor(() => expect(store.getState().current?.notes).toHaveLength(2));
    expect(store.getState().current?.notes[1]).toMatchObject({
      text: 'No post-incident summary: Resolved (16:05 UTC−03:00), but no follow-up message was sent.',
      category: 'gap',
      at: at('2024-03-05T16:00:00-03:00'),
    });
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.notes).toHaveLength(2);

    // A reload: the same storage, a new store; both findings still read "Note added".
    unmount();
    await renderWorkshop(data, { gateway });
    const again = panel();
    expect(within(again).getAllByText('Note added')).toHaveLength(2);
    expect(again.querySelectorAll('.finding-add')).toHaveLength(5);
  });

  it('dismisses a finding: out of the counts and the list, kept after a reload, and restored', async () => {
    const data = assessReview();
    const { user, store, gateway, unmount } = await renderWorkshop(data);
    const region = panel();
    await user.click(
      within(region).getByRole('button', {
        name: 'Dismiss: Cliché apology, Status page message of 14:45 UTC−03:00',
      }),
    );
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('Hint dismissed'),
    );
    expect(within(region).getByRole('heading', { name: 'Message checks' })).toHaveFocus();
    expect(within(region).getByText('6 hints on 4 messages')).toBeInTheDocument();
    expect(chips(region).map(([name]) => name)).not.toContain('Cliché apology 1');
    expect(within(region).queryByRole('button', { name: /^Dismiss: Cliché apology/ })).toBeNull();
    expect(store.getState().current?.dismissals).toMatchObject([
      { rule: 'non-apology', communicationId: data.communications[0]?.id },
    ]);

    // The dismissed list is folded away; opened, it names the hint and offers Restore.
    const toggle = within(region).getByRole('button', { name: 'Dismissed (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const restore = within(region).getByRole('button', {
      name: 'Restore: Cliché apology, Status page message of 14:45 UTC−03:00',
    });
    expect(restore.closest('li')).toHaveTextContent('"We apologize for any inconvenience"');

    // A reload keeps the dismissal.
    await store.getState().actions.flush();
    unmount();
    const again = await renderWorkshop(data, { gateway });
    const reloaded = panel();
    expect(within(reloaded).getByText('6 hints on 4 messages')).toBeInTheDocument();
    await again.user.click(within(reloaded).getByRole('button', { name: 'Dismissed (1)' }));
    await again.user.click(
      within(reloaded).getByRole('button', { name: /^Restore: Cliché apology/ }),
    );
    await waitFor(() =>
      expect(within(reloaded).getByRole('status')).toHaveTextContent('Hint restored'),
    );
    expect(within(reloaded).getByText('7 hints on 4 messages')).toBeInTheDocument();
    expect(within(reloaded).queryByRole('button', { name: /^Dismissed/ })).toBeNull();
    expect(again.store.getState().current?.dismissals).toEqual([]);
  });

  it('says so when every hint is dismissed, and dismisses in Spanish too', async () => {
    const data = assessReview();
    const { user, store } = await renderWorkshop(data, { language: 'es' });
    const region = screen.getByRole('region', { name: 'Revisión de los mensajes' });
    for (let n = 7; n > 0; n--) {
      const buttons = within(region).getAllByRole('button', { name: /^Descartar: / });
      expect(buttons).toHaveLength(n);
      await user.click(buttons[0] as HTMLElement);
      await waitFor(() => expect(store.getState().current?.dismissals).toHaveLength(8 - n));
    }
    expect(region).toHaveTextContent('Se descartaron todas las pistas.');
    expect(within(region).getByRole('button', { name: 'Descartadas (7)' })).toBeInTheDocument();
  });
});
