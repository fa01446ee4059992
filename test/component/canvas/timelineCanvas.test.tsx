/**
 * The timeline drawing's Konva node tree (issue "The timeline", Done when): dots per
 * communication, one branch per channel used more than once, a circle per over-target
 * gap; sticky notes added, edited, moved (drop writes back once), deleted and undone;
 * keyboard zoom and Fit; the presenter's drawing does not edit.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type Konva from 'konva';
import { Layer as KonvaLayer } from 'konva/lib/Layer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../src/canvas/layout/notePlacement';
import { dotRadius } from '../../../src/canvas/shapes/drawDots';
import { dotOf, drawnDots, drawnGaps } from '../support/drawnShapes';
import { addNoteAt } from '../support/addNoteAt';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  delete window.gaplineTimeline;
});

const names = (stage: Konva.Stage, name: string) => stage.find(`.${name}`);
const mainLineLength = (stage: Konva.Stage) => {
  const [x0 = 0, , x1 = 0] = (stage.findOne('.main-line') as Konva.Line).points();
  return x1 - x0;
};

describe('the timeline drawing', () => {
  it('draws a dot per communication, a branch per channel used twice and circles the over-target gap', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, user } = await renderTimelineCanvas(data);
    // Fit shows the incident; the next-day post-mortem is a pan or zoom-out away.
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
    expect(drawnDots(stage()).dots.filter((d) => d.kind === 'internal')).toHaveLength(1);
    expect(names(stage(), 'branch')).toHaveLength(1); // only "Status page" is used twice
    expect(
      names(stage(), 'dot-label')
        .map((n) => (n as Konva.Text).text())
        .sort(),
    ).toEqual(['Email', 'Slack', 'Twitter/X']);
    // Gaps 12, 28, 75.5, 24.5, 15 minutes: one over 30, and it is the longest.
    expect(drawnGaps(stage())).toHaveLength(5);
    expect(names(stage(), 'gap-circle')).toHaveLength(1);
    expect(names(stage(), 'longest')).toHaveLength(1);
    expect(stage().findOne('.alert-mark')).toBeDefined();
    expect(stage().findOne('.resolution-mark')).toBeDefined();
    // At most five layers; only the notes layer listens.
    expect(stage().getLayers()).toHaveLength(5);
    expect(
      stage()
        .getLayers()
        .filter((l) => l.listening())
        .map((l) => l.name()),
    ).toEqual(['notes', 'drag']);

    const canvas = screen.getByRole('group', { name: /Timeline drawing with 1 branches/ });
    canvas.focus();
    const fitted = mainLineLength(stage());
    await user.keyboard('--------');
    await waitFor(() => expect(drawnDots(stage()).dots).toHaveLength(data.communications.length));
    expect(mainLineLength(stage())).toBeLessThan(fitted);
    await user.keyboard('0');
    await waitFor(() => expect(mainLineLength(stage())).toBeCloseTo(fitted));
    await user.keyboard('++');
    await waitFor(() => expect(mainLineLength(stage())).toBeCloseTo(fitted * 1.25 * 1.25));
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    await waitFor(() => expect(mainLineLength(stage())).toBeCloseTo(fitted));
  });

  it('adds a note in place: typed text, Ctrl+Enter saves it as a note on the canvas', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store, user, gateway } = await renderTimelineCanvas(data);
    await user.click(screen.getByRole('button', { name: 'New note' }));
    const editor = screen.getByRole('group', { name: 'New note' });
    const text = within(editor).getByLabelText('Note text');
    expect(text).toHaveFocus();
    await user.type(
      text,
      'Support learned it from customers.{Shift>}{Enter}{/Shift}Nobody told them.',
    );
    await user.selectOptions(within(editor).getByLabelText('Category'), 'Confusion');
    await user.type(within(editor).getByLabelText('Author'), 'Marta');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(store.getState().current?.notes).toHaveLength(1));
    const note = store.getState().current?.notes[0];
    expect(note).toMatchObject({
      text: 'Support learned it from customers.\nNobody told them.',
      category: 'confusion',
      author: 'Marta',
      onGap: false,
    });
    expect(screen.queryByRole('group', { name: 'New note' })).toBeNull();
    expect(names(stage(), 'note')).toHaveLength(1);
    const texts = (stage().findOne('.note') as Konva.Group)
      .find('Text')
      .map((t) => (t as Konva.Text).text());
    expect(texts).toEqual([
      'Support learned it from customers.\nNobody told them.',
      'Confusion · Marta',
    ]);
    expect((await gateway.loadReview(data.review.id))?.notes).toHaveLength(1);
  });

  it('cancels a new note with Escape and refuses an empty one', async () => {
    const { store, user } = await renderTimelineCanvas(makeReviewData(CHECKOUT_OUTAGE));
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write something on the note first.');
    await user.keyboard('Half a thought{Escape}');
    expect(screen.queryByRole('group', { name: 'New note' })).toBeNull();
    expect(store.getState().current?.notes).toEqual([]);
    expect(store.getState().history.canUndo).toBe(false);
  });

  it('moves a dropped note: its moment follows the x, its offset the y, in one write', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store } = await renderTimelineCanvas(data);
    const id = await act(() =>
      store.getState().actions.addNote({
        text: 'Late first update',
        category: 'gap',
        author: null,
        at: Date.parse('2024-03-05T14:06:00-03:00'),
        onGap: false,
        offsetY: -60,
      }),
    );
    const group = stage().findOne(`#note-${id}`) as Konva.Group;
    const mainY = (stage().findOne('.main-line') as Konva.Line).points()[1] ?? 0;
    const before = store.getState().current?.notes[0];
    const x = group.x() + 200;
    act(() => {
      group.fire('dragstart');
      group.position({ x, y: mainY + 40 });
    });
    act(() => {
      group.fire('dragend');
    });
    await waitFor(() => expect(store.getState().current?.notes[0]?.offsetY).toBe(40));
    const after = store.getState().current?.notes[0];
    expect(after?.at).toBeGreaterThan(before?.at ?? Infinity);
    // The dropped note stays on the drag layer (see the next test).
    const dropped = stage().findOne(`#note-${id}`) as Konva.Group;
    expect(dropped.getLayer()?.name()).toBe('drag');
    expect(dropped.x()).toBeCloseTo(x, 3);
    expect(dropped.y()).toBe(mainY + 40);
    // It goes back to the notes layer, on top, when the next drag starts.
    const other = await act(() =>
      store.getState().actions.addNote({
        text: 'Email went out late',
        category: 'gap',
        author: null,
        at: Date.parse('2024-03-05T14:30:00-03:00'),
        onGap: false,
        offsetY: -60,
      }),
    );
    const second = stage().findOne(`#note-${other}`) as Konva.Group;
    act(() => {
      second.fire('dragstart');
    });
    expect(dropped.getLayer()?.name()).toBe('notes');
    expect(dropped.getZIndex()).toBe(dropped.getParent()!.getChildren().length - 1);
    expect(second.getLayer()?.name()).toBe('drag');
    act(() => {
      second.fire('dragend');
    });
    await waitFor(() => expect(store.getState().current?.notes).toHaveLength(2));
    // Undo (the new note, then the move) puts it back where it was.
    await act(() => store.getState().actions.undo());
    await act(() => store.getState().actions.undo());
    expect(store.getState().current?.notes[0]).toMatchObject({ at: before?.at, offsetY: -60 });
    expect(NOTE_WIDTH).toBeGreaterThan(0);
    expect(NOTE_HEIGHT).toBeGreaterThan(0);
  });

  it('redraws the drag layer, not every note, when a note is dropped', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store } = await renderTimelineCanvas(data);
    const add = (text: string, at: string) => addNoteAt(store, text, at);
    const id = await add('Late first update', '2024-03-05T14:06:00-03:00');
    await add('Email went out late', '2024-03-05T14:30:00-03:00');
    const group = stage().findOne(`#note-${id}`) as Konva.Group;
    act(() => {
      group.fire('dragstart');
      group.x(group.x() + 60);
    });
    const redrawn: string[] = [];
    const batchDraw = vi.spyOn(KonvaLayer.prototype, 'batchDraw').mockImplementation(function (
      this: Konva.Layer,
    ) {
      redrawn.push(this.name());
      return this;
    });
    const before = store.getState().current?.notes.find((n) => n.id === id)?.at ?? 0;
    act(() => {
      group.fire('dragend');
    });
    await waitFor(() =>
      expect(store.getState().current?.notes.find((n) => n.id === id)?.at).toBeGreaterThan(before),
    );
    batchDraw.mockRestore();
    expect(redrawn).toContain('drag');
    expect(redrawn).not.toContain('notes');
    expect(group.getLayer()?.name()).toBe('drag');
    // A pan or zoom takes its picture with the note back among the others.
    const { startPanSnapshot } = await import('../../../src/canvas/interactions/panSnapshot');
    const snapshot = startPanSnapshot(stage());
    expect(group.getLayer()?.name()).toBe('notes');
    snapshot?.end();
  });

  it('edits a note opened from the store, deletes it, and Undo brings it back', async () => {
    const { stage, store, user } = await renderTimelineCanvas(makeReviewData(CHECKOUT_OUTAGE));
    const actions = store.getState().actions;
    const id = await act(() =>
      actions.addNote({
        text: 'Why email so late?',
        category: 'other-problem',
        author: 'Ana',
        at: Date.parse('2024-03-05T15:55:30-03:00'),
        onGap: true,
        offsetY: -48,
      }),
    );
    act(() => actions.setEditingNote(id));
    const editor = screen.getByRole('group', { name: 'Edit note' });
    expect(within(editor).getByLabelText('Note text')).toHaveValue('Why email so late?');
    await user.selectOptions(within(editor).getByLabelText('Category'), 'Root cause');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().current?.notes[0]?.category).toBe('root-cause'));

    act(() => actions.setEditingNote(id));
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(store.getState().current?.notes).toEqual([]));
    expect(names(stage(), 'note')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Undo deleting the note' }));
    await waitFor(() => expect(names(stage(), 'note')).toHaveLength(1));
    expect(store.getState().current?.notes[0]).toMatchObject({ id, category: 'root-cause' });
  });

  it('pins a gap note at the middle of its gap, and lets it go when detached', async () => {
    const { stage, store, user } = await renderTimelineCanvas(makeReviewData(CHECKOUT_OUTAGE));
    const actions = store.getState().actions;
    // 15:00 lies in the 14:40 → 15:55:30 gap; its middle is 15:17:45.
    const id = await act(() =>
      actions.addNote({
        text: 'No update for 75 minutes',
        category: 'gap',
        author: null,
        at: Date.parse('2024-03-05T15:00:00-03:00'),
        onGap: true,
        offsetY: -48,
      }),
    );
    const noteX = () => (stage().findOne(`#note-${id}`) as Konva.Group).x();
    const pinnedX = noteX();
    act(() => actions.setEditingNote(id));
    const editor = screen.getByRole('group', { name: 'Edit note' });
    await user.click(within(editor).getByRole('checkbox', { name: 'Attach to the gap' }));
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().current?.notes[0]?.onGap).toBe(false));
    // Detached, it stands at its own moment, 17:45 earlier than the gap's middle.
    expect(noteX()).toBeLessThan(pinnedX);
  });

  it('draws what-if updates dashed and apart, and hides note authors in anonymous mode', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store } = await renderTimelineCanvas(data);
    const actions = store.getState().actions;
    await act(async () => {
      await actions.addWhatIf(Date.parse('2024-03-05T15:10:00-03:00'), 'Still investigating');
      await actions.addNote({
        text: 'Who answered support?',
        category: 'confusion',
        author: 'Marta',
        at: Date.parse('2024-03-05T14:50:00-03:00'),
        onGap: false,
        offsetY: -48,
      });
    });
    expect(names(stage(), 'what-if')).toHaveLength(1);
    // Hypothetical updates are never dots, and the real gaps do not change.
    expect(drawnDots(stage()).dots).toHaveLength(data.communications.length - 1);
    expect(drawnGaps(stage())).toHaveLength(5);
    const footer = () =>
      ((stage().findOne('.note') as Konva.Group).find('Text')[1] as Konva.Text).text();
    expect(footer()).toBe('Confusion · Marta');
    await act(() => actions.updateSession(() => ({ anonymous: true })));
    expect(footer()).toBe('Confusion · Anonymous');
  });

  it('highlights what the Timeline table focuses and shows the message beside its dot', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store } = await renderTimelineCanvas(data);
    const email = data.communications.find((c) => c.text === 'We are still working on it.');
    if (email === undefined) throw new Error('fixture changed');
    act(() => store.getState().actions.focusTimelineItem({ kind: 'communication', id: email.id }));
    const ring = stage().findOne('.focus-ring') as Konva.Circle;
    const dot = dotOf(stage(), email.id);
    expect([ring.x(), ring.y()]).toEqual([dot.x, dot.y]);
    const tooltip = document.querySelector('.dot-tooltip');
    expect(tooltip).toHaveTextContent('15:55 UTC−03:00 · Email');
    expect(tooltip).toHaveTextContent('Update · Luis');
    expect(tooltip).toHaveTextContent('We are still working on it.');
  });

  it('draws for a room in presenter mode: larger, notes not draggable, no tools', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const withNote = {
      ...data,
      notes: [
        {
          id: 'n1',
          reviewId: data.review.id,
          text: 'Silence',
          category: 'gap' as const,
          author: null,
          at: Date.parse('2024-03-05T15:00:00-03:00'),
          onGap: true,
          offsetY: -48,
          createdBy: null,
          createdAt: 0,
          updatedAt: 0,
        },
      ],
    };
    const { stage } = await renderTimelineCanvas(withNote, { mode: 'present' });
    expect(screen.queryByRole('button', { name: 'New note' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download image' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fit' })).toBeNull();
    const note = stage().findOne('.note') as Konva.Group;
    expect(note.draggable()).toBe(false);
    const { dots, metrics } = drawnDots(stage());
    expect(dots.length).toBeGreaterThan(0);
    for (const d of dots) expect(dotRadius(d, metrics)).toBeGreaterThanOrEqual(9);
    fireEvent.doubleClick(stage().container());
    expect(screen.queryByRole('group', { name: 'New note' })).toBeNull();
  });
});
