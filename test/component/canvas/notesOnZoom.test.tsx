/**
 * What a zoom changes on the sticky notes: their x, not their event handlers (new handlers
 * on every note made react-konva unbind and bind five listeners a note on each zoom), and
 * the handlers still act on the right note after it moved; zoomed in, a note more than a
 * screen beyond the view is not on the stage, and comes back when the view reaches it.
 */
import { act, screen, waitFor } from '@testing-library/react';
import type Konva from 'konva';
import { afterEach, describe, expect, it } from 'vitest';
import { addNoteAt } from '../support/addNoteAt';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  delete window.gaplineTimeline;
});

const HANDLED = ['dragstart', 'dragmove', 'dragend', 'dblclick', 'dbltap'] as const;

const handlersOf = (group: Konva.Group) =>
  HANDLED.map((event) => group.eventListeners[event]?.map((l) => l.handler) ?? []);

describe('sticky notes on a zoom', () => {
  it('move to their new x with the same handlers, which still act on their own note', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store, user } = await renderTimelineCanvas(data);
    const add = (text: string, at: string) => addNoteAt(store, text, at);
    const first = await add('Late first update', '2024-03-05T14:06:00-03:00');
    const second = await add('Email went out late', '2024-03-05T14:30:00-03:00');
    const group = (id: string) => stage().findOne(`#note-${id}`) as Konva.Group;
    const x0 = group(second).x();
    const before = handlersOf(group(second));
    expect(before.every((list) => list.length === 1)).toBe(true);

    screen.getByRole('group', { name: /Timeline drawing/ }).focus();
    await user.keyboard('+');
    await waitFor(() => expect(group(second).x()).not.toBeCloseTo(x0));
    expect(handlersOf(group(second))).toEqual(before);

    // The kept handlers read the latest props: a drop after the zoom moves this note only.
    const at = (id: string) => store.getState().current?.notes.find((n) => n.id === id)?.at;
    const [firstAt, secondAt] = [at(first), at(second)];
    act(() => {
      group(second).fire('dragstart');
      group(second).x(group(second).x() + 80);
      group(second).fire('dragend');
    });
    await waitFor(() => expect(at(second)).toBeGreaterThan(secondAt ?? Infinity));
    expect(at(first)).toBe(firstAt);
  });

  it('leaves a note more than a screen beyond the view off the stage, until the view comes near', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { stage, store, user } = await renderTimelineCanvas(data);
    const add = (text: string, at: string) => addNoteAt(store, text, at);
    // The incident runs 14:00–16:35; zooming in about the middle keeps 15:17 in view.
    const early = await add('Late first update', '2024-03-05T14:06:00-03:00');
    const middle = await add('Escalation unclear', '2024-03-05T15:17:00-03:00');
    const drawn = (id: string) => stage().findOne(`#note-${id}`) !== undefined;
    expect(drawn(early) && drawn(middle)).toBe(true);
    const width = stage().width();

    screen.getByRole('group', { name: /Timeline drawing/ }).focus();
    await user.keyboard('++++++++++');
    await waitFor(() => expect(drawn(early)).toBe(false));
    expect(drawn(middle)).toBe(true);
    // Every note on the stage is within a screen of the view.
    for (const note of stage().find('.note')) {
      expect(note.x()).toBeGreaterThanOrEqual(-width - note.getClientRect().width);
      expect(note.x()).toBeLessThanOrEqual(2 * width);
    }
    // The note is still the review's.
    expect(store.getState().current?.notes.map((n) => n.id)).toContain(early);

    await user.click(screen.getByRole('button', { name: 'Fit' }));
    await waitFor(() => expect(drawn(early)).toBe(true));
    expect(drawn(middle)).toBe(true);
  });
});
