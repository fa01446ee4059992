import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { channelLanes } from '../../../src/canvas/layout/channelLanes';
import { suggestNoteOffsetY } from '../../../src/canvas/layout/notePlacement';
import type { ReviewData } from '../../../src/domain/model';
import type * as FormatInstantModule from '../../../src/domain/time/formatInstant';
import { makeNote } from '../support/makeNote';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { renderTimelineTwin } from '../support/renderTimelineTwin';

// Counts how many times a time is formatted, to see how many rows re-render.
const formatting = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/domain/time/formatInstant', async (importOriginal) => {
  const actual = await importOriginal<typeof FormatInstantModule>();
  return {
    formatInstant: (...args: Parameters<typeof actual.formatInstant>) => {
      formatting.calls += 1;
      return actual.formatInstant(...args);
    },
  };
});

const at = (iso: string) => Date.parse(iso);

/** The checkout outage (resolved at 16:35, with the resolution update) and two notes. */
function outageWithNotes(): ReviewData {
  const base = makeReviewData({ ...CHECKOUT_OUTAGE, resolution: '2024-03-05T16:35:00-03:00' });
  const reviewId = base.review.id;
  return {
    ...base,
    notes: [
      makeNote(reviewId, {
        id: 'note-gap',
        text: 'Nobody told customers for over an hour',
        category: 'gap',
        author: null,
        at: at('2024-03-05T15:20:00-03:00'),
        onGap: true,
        offsetY: -146,
      }),
      makeNote(reviewId, {
        id: 'note-tweet',
        text: 'Tweet and status page said different things',
        category: 'confusion',
        author: 'Luis',
        // Same instant as the first two updates: the note comes after them.
        at: at('2024-03-05T14:12:00-03:00'),
      }),
    ],
  };
}

const day = 'Mar 5, 2024,';
const timeline = () => readTable('Timeline');
/** Time, What, Line, Channel and Author of each row. */
const firstColumns = () => timeline().map((r) => r.slice(0, 5));

describe('the Timeline table (the canvas twin)', () => {
  it('lists the alert, every communication (internal included), the resolution and the notes in time order', async () => {
    const data = outageWithNotes();
    await renderTimelineTwin(data);
    expect(screen.getByRole('region', { name: 'Timeline (table)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Timeline' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Time', 'What', 'Line', 'Channel', 'Author', 'Text', 'Actions']);
    expect(firstColumns()).toEqual([
      [`${day} 14:00 UTC−03:00`, 'Alert', '', '', ''],
      [`${day} 14:12 UTC−03:00`, 'Update', 'Branch · Status page', 'Status page', 'Ana'],
      [`${day} 14:12 UTC−03:00`, 'Update', 'Main line', 'Twitter/X', 'Ana'],
      [`${day} 14:12 UTC−03:00`, 'Note: Confusion', '', '', 'Luis'],
      [`${day} 14:40 UTC−03:00`, 'Update', 'Branch · Status page', 'Status page', 'Ana'],
      [`${day} 15:00 UTC−03:00`, 'Internal', 'Main line', 'Slack', 'Bob'],
      [`${day} 15:20 UTC−03:00`, 'Note: Gap', 'Note on the gap', '', 'Anonymous'],
      [`${day} 15:55 UTC−03:00`, 'Update', 'Main line', 'Email', 'Luis'],
      [`${day} 16:20 UTC−03:00`, 'Update', 'Branch · Status page', 'Status page', 'Ana'],
      [`${day} 16:35 UTC−03:00`, 'Resolution update', 'Branch · Status page', 'Status page', 'Ana'],
      [`${day} 16:35 UTC−03:00`, 'Resolution', '', '', ''],
      ['Mar 6, 2024, 10:00 UTC−03:00', 'Follow-up', 'Branch · Status page', 'Status page', 'Ana'],
    ]);
    // Multi-line text is kept as it is.
    const identified = within(table).getByText(/^Identified: card payments fail\./);
    expect(identified.textContent).toBe('Identified: card payments fail.\nNext update at 15:10.');
    expect(identified).toHaveClass('twin-text');
    // The summary line says the same, and describes the table.
    const summary = '1 branch (Status page) · 8 communications · 2 notes';
    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(table).toHaveAccessibleDescription(summary);
  });

  it('puts on a branch exactly the communications channelLanes puts on one', async () => {
    const data = makeReviewData({
      alert: '2024-03-05T14:00:00-03:00',
      messages: [
        { at: '2024-03-05T14:10:00-03:00', channel: 'Email' },
        { at: '2024-03-05T14:20:00-03:00', channel: 'Status page' },
        { at: '2024-03-05T14:30:00-03:00', channel: 'Twitter/X' },
        { at: '2024-03-05T14:40:00-03:00', channel: 'Status page' },
        { at: '2024-03-05T14:50:00-03:00', channel: 'Email' },
      ],
    });
    await renderTimelineTwin(data);
    const lanes = channelLanes(data.channels, data.communications);
    const laneOfChannel = new Map(lanes.branches.map((b) => [b.channel, b.lane]));
    const rows = timeline().filter((r) => r[1] === 'Update');
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const channel = row[3] ?? '';
      const lane = laneOfChannel.get(channel) ?? 0;
      expect(row[2]).toBe(lane === 0 ? 'Main line' : `Branch · ${channel}`);
    }
    expect(rows.map((r) => r[2])).toEqual([
      'Branch · Email',
      'Branch · Status page',
      'Main line',
      'Branch · Status page',
      'Branch · Email',
    ]);
    expect(
      screen.getByText('2 branches (Email, Status page) · 5 communications · 0 notes'),
    ).toBeInTheDocument();
  });

  it('adds a note from a row with the keyboard (Ctrl+Enter): a new row, in the store and saved', async () => {
    const data = outageWithNotes();
    const { user, store, gateway } = await renderTimelineTwin(data);
    await user.click(
      screen.getByRole('button', {
        name: 'Add a note here: Update (Email), Mar 5, 2024, 15:55 UTC−03:00',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Add a note' });
    // The moment is the communication's, in the display zone, seconds included.
    // (jsdom writes the value with milliseconds, browsers without.)
    const moment = within(dialog).getByLabelText('Moment');
    expect(moment).toHaveAttribute('type', 'datetime-local');
    expect((moment as HTMLInputElement).value).toMatch(/^2024-03-05T15:55:30(\.000)?$/);
    const text = within(dialog).getByLabelText('Text');
    expect(text).toHaveFocus();
    await user.type(text, 'The email came 75 minutes late.{Enter}Nobody owned it.');
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'Other problem');
    await user.type(within(dialog).getByLabelText('Author'), 'Ana');
    await user.click(within(dialog).getByLabelText('Attach to the gap at this moment'));
    await user.click(text);
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const emailAt = at('2024-03-05T15:55:30-03:00');
    const added = store
      .getState()
      .current?.notes.find((n) => n.id !== 'note-gap' && n.id !== 'note-tweet');
    expect(added).toMatchObject({
      text: 'The email came 75 minutes late.\nNobody owned it.',
      category: 'other-problem',
      author: 'Ana',
      at: emailAt,
      onGap: true,
      // Placed by the canvas rule, at the incident's span over 900 px.
      offsetY: suggestNoteOffsetY(
        data.notes,
        emailAt,
        (at('2024-03-05T16:35:00-03:00') - at('2024-03-05T14:00:00-03:00')) / 900,
      ),
    });
    // The row comes right after the email's.
    const rows = firstColumns();
    const email = rows.findIndex((r) => r[3] === 'Email');
    expect(rows[email + 1]).toEqual([
      `${day} 15:55 UTC−03:00`,
      'Note: Other problem',
      'Note on the gap',
      '',
      'Ana',
    ]);
    expect(screen.getByText(/^The email came 75 minutes late\./).textContent).toBe(
      'The email came 75 minutes late.\nNobody owned it.',
    );
    expect(screen.getByText('Note added')).toBeInTheDocument();
    await store.getState().actions.flush();
    const saved = await gateway.loadReview(data.review.id);
    expect(saved?.notes.map((n) => n.text)).toContain(
      'The email came 75 minutes late.\nNobody owned it.',
    );
  });

  it('"Add a note" starts at the alert and suggests the authors already used', async () => {
    const { user } = await renderTimelineTwin(outageWithNotes());
    await user.click(screen.getByRole('button', { name: 'Add a note' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a note' });
    expect(within(dialog).getByLabelText('Moment')).toHaveValue('2024-03-05T14:00');
    const author = within(dialog).getByLabelText('Author');
    const list = document.getElementById(author.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual(['Luis']);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('an empty text shows an error tied to the field and saves nothing', async () => {
    const data = outageWithNotes();
    const { user, store, gateway } = await renderTimelineTwin(data);
    await user.click(screen.getByRole('button', { name: 'Add a note' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a note' });
    const text = within(dialog).getByLabelText('Text');
    await user.type(text, '   ');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Write the text of the note.');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/^Write the text of the note\./);

    // An impossible moment is refused too.
    const moment = within(dialog).getByLabelText('Moment');
    await user.clear(moment);
    await user.type(text, 'Real text');
    await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
    expect(moment).toHaveAttribute('aria-invalid', 'true');
    expect(moment).toHaveAccessibleDescription(/Enter a valid time in America\/Sao_Paulo\./);
    expect(screen.getByRole('dialog', { name: 'Add a note' })).toBeInTheDocument();

    expect(store.getState().current?.notes).toHaveLength(2);
    expect(store.getState().history.canUndo).toBe(false);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.notes).toHaveLength(2);
  });

  it('edits a note’s category and text in the dialog, keeping its place', async () => {
    const data = outageWithNotes();
    const { user, store, gateway } = await renderTimelineTwin(data);
    await user.click(
      screen.getByRole('button', { name: 'Edit note: Nobody told customers for over an…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit note' });
    expect(within(dialog).getByLabelText('Moment')).toHaveValue('2024-03-05T15:20');
    expect(within(dialog).getByLabelText('Category')).toHaveValue('gap');
    expect(within(dialog).getByLabelText('Attach to the gap at this moment')).toBeChecked();
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'Root cause');
    const text = within(dialog).getByLabelText('Text');
    await user.clear(text);
    await user.type(text, 'No one owned customer updates');
    await user.click(within(dialog).getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = timeline().find((r) => r[0] === `${day} 15:20 UTC−03:00`);
    expect(row?.slice(1, 6)).toEqual([
      'Note: Root cause',
      'Note on the gap',
      '',
      'Anonymous',
      'No one owned customer updates',
    ]);
    expect(store.getState().current?.notes.find((n) => n.id === 'note-gap')).toMatchObject({
      text: 'No one owned customer updates',
      category: 'root-cause',
      author: null,
      at: at('2024-03-05T15:20:00-03:00'),
      onGap: true,
      offsetY: -146,
    });
    await store.getState().actions.flush();
    const saved = (await gateway.loadReview(data.review.id))?.notes.find(
      (n) => n.id === 'note-gap',
    );
    expect(saved?.category).toBe('root-cause');
  });

  it('deletes a note at once, says so politely, and Undo brings it back', async () => {
    const data = outageWithNotes();
    const { user, store, gateway } = await renderTimelineTwin(data);
    expect(timeline()).toHaveLength(12);
    await user.click(
      screen.getByRole('button', { name: 'Delete note: Tweet and status page said different…' }),
    );

    expect(timeline()).toHaveLength(11);
    expect(timeline().some((r) => r[1] === 'Note: Confusion')).toBe(false);
    const status = screen.getByText('Note deleted').closest('[role="status"]');
    expect(status).toHaveAttribute('aria-live', 'polite');
    const undo = within(status as HTMLElement).getByRole('button', {
      name: 'Undo deleting note: Tweet and status page said different…',
    });
    expect(undo).toHaveTextContent('Undo');
    expect(undo).toHaveFocus();
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.notes.map((n) => n.id)).toEqual([
      'note-gap',
    ]);

    await user.click(undo);
    await waitFor(() => expect(timeline()).toHaveLength(12));
    expect(firstColumns()[3]).toEqual([
      `${day} 14:12 UTC−03:00`,
      'Note: Confusion',
      '',
      '',
      'Luis',
    ]);
    expect(screen.getByText('Note restored')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit note: Tweet and status page said different…' }),
    ).toHaveFocus();
    expect(
      store
        .getState()
        .current?.notes.map((n) => n.id)
        .sort(),
    ).toEqual(['note-gap', 'note-tweet']);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.notes).toHaveLength(2);
  });

  it('sends "Edit" to the page and "Edit on the timeline" to the canvas', async () => {
    const data = outageWithNotes();
    const { user, store, onEditCommunication } = await renderTimelineTwin(data);
    await user.click(
      screen.getByRole('button', {
        name: 'Edit communication: Internal (Slack), Mar 5, 2024, 15:00 UTC−03:00',
      }),
    );
    expect(onEditCommunication).toHaveBeenCalledTimes(1);
    expect(onEditCommunication.mock.calls[0]?.[0]).toMatchObject({
      kind: 'internal',
      text: 'Escalating',
    });

    await user.click(
      screen.getByRole('button', {
        name: 'Edit on the timeline: Nobody told customers for over an…',
      }),
    );
    expect(store.getState().timeline.editingNoteId).toBe('note-gap');
  });

  it('keeps the highlighted item in step with the canvas (focus, hover, aria-current)', async () => {
    const data = outageWithNotes();
    const { user, store } = await renderTimelineTwin(data);
    const email = data.communications.find((c) => c.text === 'We are still working on it.');
    const emailButton = screen.getByRole('button', {
      name: 'Edit communication: Update (Email), Mar 5, 2024, 15:55 UTC−03:00',
    });
    act(() => emailButton.focus());
    expect(store.getState().timeline.focus).toEqual({ kind: 'communication', id: email?.id });
    const emailRow = emailButton.closest('tr');
    expect(emailRow).toHaveAttribute('aria-current', 'true');
    expect(emailRow).toHaveClass('twin-row-current');

    // Moving focus within the row keeps it; leaving the table clears it.
    act(() =>
      screen
        .getByRole('button', {
          name: 'Add a note here: Update (Email), Mar 5, 2024, 15:55 UTC−03:00',
        })
        .focus(),
    );
    expect(store.getState().timeline.focus).toEqual({ kind: 'communication', id: email?.id });
    act(() => screen.getByRole('button', { name: 'Add a note' }).focus());
    expect(store.getState().timeline.focus).toBeNull();
    expect(emailRow).not.toHaveAttribute('aria-current');

    // Hover sets it; leaving clears it only if it is still that item.
    const noteRow = screen.getByText('Nobody told customers for over an hour').closest('tr');
    await user.hover(noteRow as HTMLElement);
    expect(store.getState().timeline.focus).toEqual({ kind: 'note', id: 'note-gap' });
    act(() => store.getState().actions.focusTimelineItem({ kind: 'note', id: 'note-tweet' }));
    await user.unhover(noteRow as HTMLElement);
    expect(store.getState().timeline.focus).toEqual({ kind: 'note', id: 'note-tweet' });

    // The canvas sets the focus: the row is marked, and only that one.
    const tweetRow = screen.getByText('Tweet and status page said different things').closest('tr');
    expect(tweetRow).toHaveAttribute('aria-current', 'true');
    expect(tweetRow).toHaveClass('twin-row-current');
    const table = screen.getByRole('table', { name: 'Timeline' });
    expect(table.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it('re-renders only the rows whose highlight changes', async () => {
    const messages = Array.from({ length: 300 }, (_, i) => ({
      at: new Date(at('2024-03-05T14:01:00-03:00') + i * 30_000).toISOString(),
      channel: i % 3 === 0 ? 'Status page' : `Channel ${i}`,
    }));
    const data = makeReviewData({ alert: '2024-03-05T14:00:00-03:00', messages });
    const { store } = await renderTimelineTwin(data);
    expect(timeline()).toHaveLength(301);
    const [first, second] = data.communications;
    formatting.calls = 0;
    act(() =>
      store.getState().actions.focusTimelineItem({ kind: 'communication', id: first?.id ?? '' }),
    );
    act(() =>
      store.getState().actions.focusTimelineItem({ kind: 'communication', id: second?.id ?? '' }),
    );
    // Three row renders (StrictMode doubles them), two times formatted per row.
    expect(formatting.calls).toBeGreaterThan(0);
    expect(formatting.calls).toBeLessThanOrEqual(12);
  });

  it('hides note authors in anonymous mode', async () => {
    const { store } = await renderTimelineTwin(outageWithNotes());
    const authorOfNote = () =>
      readTable('Timeline').find(
        (r) => (r[1] ?? '').startsWith('Note') && r[5]?.includes('Nobody told customers'),
      )?.[4];
    const named = readTable('Timeline').filter(
      (r) => r[4] === 'Luis' && (r[1] ?? '').startsWith('Note'),
    );
    expect(named).toHaveLength(1);
    await act(() => store.getState().actions.updateSession(() => ({ anonymous: true })));
    expect(
      readTable('Timeline').filter((r) => r[4] === 'Luis' && (r[1] ?? '').startsWith('Note')),
    ).toHaveLength(0);
    expect(authorOfNote()).toBe('Anonymous');
  });

  it('speaks Spanish, caption included', async () => {
    await renderTimelineTwin(outageWithNotes(), 'es');
    const table = screen.getByRole('table', { name: 'Cronología' });
    expect(screen.queryByRole('table', { name: 'Timeline' })).toBeNull();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Hora', 'Qué', 'Línea', 'Canal', 'Autor', 'Texto', 'Acciones']);
    const rows = readTable('Cronología');
    expect(rows.map((r) => r[1])).toEqual([
      'Alerta',
      'Actualización',
      'Actualización',
      'Nota: Confusión',
      'Actualización',
      'Interna',
      'Nota: Hueco',
      'Actualización',
      'Actualización',
      'Actualización de resolución',
      'Resolución',
      'Seguimiento',
    ]);
    expect(rows[1]?.[2]).toBe('Rama · Status page');
    expect(rows[2]?.[2]).toBe('Línea principal');
    expect(rows[6]?.slice(2, 5)).toEqual(['Nota sobre el hueco', '', 'Anónimo']);
    expect(
      screen.getByText('1 rama (Status page) · 8 comunicaciones · 2 notas'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Añadir una nota' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cronología (tabla)' })).toBeInTheDocument();
  });
});
