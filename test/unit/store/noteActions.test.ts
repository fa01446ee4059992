/**
 * Sticky notes in the store (issue "The timeline", Sticky notes): add, edit, recolour, move,
 * delete, undo brings a deleted note back; each action is one saved write that a reload
 * (a second gateway on the same storage) finds. Run on the memory and the Dexie gateway.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState, NewNote } from '../../../src/store/AppState';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

const NOTE: NewNote = {
  text: 'Support heard about it from customers first.',
  category: 'confusion',
  author: 'Marta',
  at: at(30),
  onGap: false,
  offsetY: -140,
};

describe.each<GatewayKind>(['memory', 'dexie'])('note actions on the %s gateway', (kind) => {
  let h: Harness;
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;
  let reviewId = '';

  beforeEach(async () => {
    h = await makeHarness(kind);
    const data = makeReviewData();
    reviewId = data.review.id;
    await actions().createReviews([data]);
    await actions().openReview(reviewId);
  });
  afterEach(async () => {
    await h.dispose();
  });

  const saved = async () => (await h.storage.loadReview(reviewId))?.notes ?? [];

  it('adds a note, stamped with its author and time, and saves it', async () => {
    const id = await actions().addNote(NOTE);
    const note = state().current?.notes.find((n) => n.id === id);
    expect(note).toMatchObject({ ...NOTE, reviewId, createdBy: 'Marta', createdAt: h.clock.now });
    expect(state().save.state).toBe('saved');
    expect((await saved()).find((n) => n.id === id)).toEqual(note);
  });

  it('edits text, category and author, and moves a note to another moment', async () => {
    const id = await actions().addNote(NOTE);
    h.clock.now += 1_000;
    await actions().updateNote(id, { text: 'Line one\nline two', category: 'gap', author: null });
    await actions().updateNote(id, { at: at(50), onGap: true, offsetY: 90 });
    const expected = {
      text: 'Line one\nline two',
      category: 'gap',
      author: null,
      at: at(50),
      onGap: true,
      offsetY: 90,
      updatedAt: h.clock.now,
    };
    expect(state().current?.notes.find((n) => n.id === id)).toMatchObject(expected);
    expect((await saved()).find((n) => n.id === id)).toMatchObject(expected);
  });

  it('deletes a note, and undo brings it back exactly where it was', async () => {
    const id = await actions().addNote(NOTE);
    await actions().deleteNote(id);
    expect(state().current?.notes.some((n) => n.id === id)).toBe(false);
    expect((await saved()).some((n) => n.id === id)).toBe(false);
    await actions().undo();
    expect(state().current?.notes.find((n) => n.id === id)).toMatchObject(NOTE);
    expect((await saved()).find((n) => n.id === id)).toMatchObject(NOTE);
    await actions().redo();
    expect((await saved()).some((n) => n.id === id)).toBe(false);
  });

  it('undoes a move back to the earlier place', async () => {
    const id = await actions().addNote(NOTE);
    await actions().updateNote(id, { at: at(70), offsetY: 40 });
    await actions().undo();
    expect((await saved()).find((n) => n.id === id)).toMatchObject({ at: NOTE.at, offsetY: -140 });
  });

  it('refuses what a Gapline file could not hold, and unknown notes', async () => {
    await expect(actions().addNote({ ...NOTE, at: Number.NaN })).rejects.toThrow(/valid moment/);
    await expect(actions().addNote({ ...NOTE, offsetY: 1e7 })).rejects.toThrow(/that far/);
    await expect(
      actions().addNote({ ...NOTE, category: 'rant' as NewNote['category'] }),
    ).rejects.toThrow(/Unknown note category/);
    await expect(actions().updateNote('nope', { text: 'x' })).rejects.toThrow(/not in this review/);
    await expect(actions().deleteNote('nope')).rejects.toThrow(/not in this review/);
    expect(state().history.canUndo).toBe(false);
  });
});
