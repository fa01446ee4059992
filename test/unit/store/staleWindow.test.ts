/**
 * Reliability Table 1, row 7: two windows on one review, and one of them has not read the
 * other's change yet (its copy is stale). Its edits must never write the other window's
 * change back to what it was: each edit is applied to the record as stored now.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import type { ReviewGateway } from '../../../src/domain/reviewGateway';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { AppStore } from '../../../src/store/AppState';
import { createAppStore } from '../../../src/store/createAppStore';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { failingWrites } from './failingGateway';

interface TwoWindows {
  /** The stale window (its writes fail while `aGateway.failing`). */
  readonly a: AppStore;
  readonly aGateway: ReturnType<typeof failingWrites>;
  /** The window that changes things first. */
  readonly b: AppStore;
  /** What a fresh window would read. */
  readonly storage: ReviewGateway;
  readonly data: ReviewData;
  readonly dispose: () => Promise<void>;
}

let seq = 0;

/** Two windows: on one memory gateway, or on two IndexedDB connections (two tabs). */
async function openTwoWindows(kind: 'memory' | 'dexie'): Promise<TwoWindows> {
  const clock = { now: at(1_000) };
  const now = (): number => (clock.now += 1_000);
  let aGateway: ReturnType<typeof failingWrites>;
  let bGateway: ReviewGateway;
  let dispose: () => Promise<void>;
  if (kind === 'memory') {
    const shared = new MemoryReviewGateway({ now });
    aGateway = failingWrites(shared);
    bGateway = shared;
    dispose = async () => {};
  } else {
    const name = `stale-${Date.now()}-${++seq}`;
    const dbA = new GaplineDb(name);
    const dbB = new GaplineDb(name);
    aGateway = failingWrites(new DexieReviewGateway(dbA, { now, locks: null }));
    bGateway = new DexieReviewGateway(dbB, { now, locks: null });
    dispose = async () => {
      dbB.close();
      await dbA.delete();
    };
  }
  aGateway.failing = false;
  const deps = (prefix: string) => {
    let ids = 0;
    return { now, newId: () => `${prefix}-${++ids}`, classifyError: classifyStorageError };
  };
  const a = createAppStore(aGateway, deps('a'));
  const b = createAppStore(bGateway, deps('b'));
  const data = makeReviewData();
  await bGateway.createReview(data);
  await a.getState().actions.openReview(data.review.id);
  await b.getState().actions.openReview(data.review.id);
  return { a, aGateway, b, storage: bGateway, data, dispose };
}

describe.each(['memory', 'dexie'] as const)('a stale window on the %s gateway', (kind) => {
  let w: TwoWindows;
  afterEach(async () => {
    await w.dispose();
  });

  const stored = async (): Promise<ReviewData> => {
    const data = await w.storage.loadReview(w.data.review.id);
    if (data === null) throw new Error('The review is gone.');
    return data;
  };

  it('edits another field of a note without undoing the other window’s text', async () => {
    w = await openTwoWindows(kind);
    const note = w.data.notes[0]!;
    await w.b.getState().actions.updateNote(note.id, { text: 'Rewritten in B' });
    // A still shows the old text…
    expect(w.a.getState().current?.notes[0]?.text).toBe(note.text);
    // …and moves the note and changes its colour.
    await w.a.getState().actions.updateNote(note.id, { category: 'idea', offsetY: -120 });
    expect(w.a.getState().save.state).toBe('saved');
    const saved = (await stored()).notes.find((n) => n.id === note.id);
    expect(saved).toMatchObject({ text: 'Rewritten in B', category: 'idea', offsetY: -120 });
    // Once A reads again, it shows both.
    await w.a.getState().actions.reloadCurrent();
    expect(w.a.getState().current?.notes[0]).toMatchObject({
      text: 'Rewritten in B',
      category: 'idea',
    });
  });

  it('edits other records and the incident without touching what the other window changed', async () => {
    w = await openTwoWindows(kind);
    const [c1, c2] = w.data.communications;
    await w.b.getState().actions.updateCommunication(c1!.id, { text: 'B’s text' });
    await w.b.getState().actions.updateIncident({ title: 'B’s title' });
    await w.a.getState().actions.updateCommunication(c2!.id, { author: 'A' });
    await w.a.getState().actions.updateIncident({ severity: 'severe' });
    await w.a.getState().actions.updateCommunication(c1!.id, { kind: 'internal' });
    const data = await stored();
    expect(data.incident).toMatchObject({ title: 'B’s title', severity: 'severe' });
    expect(data.communications.find((c) => c.id === c1!.id)).toMatchObject({
      text: 'B’s text',
      kind: 'internal',
    });
    expect(data.communications.find((c) => c.id === c2!.id)?.author).toBe('A');
  });

  it('undoes only its own change', async () => {
    w = await openTwoWindows(kind);
    const note = w.data.notes[0]!;
    await w.a.getState().actions.updateNote(note.id, { category: 'confusion' });
    await w.b.getState().actions.reloadCurrent();
    await w.b.getState().actions.updateNote(note.id, { text: 'B wrote this' });
    await w.a.getState().actions.undo();
    const saved = (await stored()).notes.find((n) => n.id === note.id);
    expect(saved).toMatchObject({ text: 'B wrote this', category: note.category });
  });

  it('keeps every field of edits that failed to save when they are written later', async () => {
    w = await openTwoWindows(kind);
    const note = w.data.notes[0]!;
    w.aGateway.failing = true;
    await w.a.getState().actions.updateNote(note.id, { author: 'Ana' });
    await w.a.getState().actions.updateNote(note.id, { category: 'idea' });
    expect(w.a.getState().save.state).toBe('error');
    await w.b.getState().actions.updateNote(note.id, { text: 'B meanwhile' });
    // Reading again shows B's text with A's unsaved edits on top.
    await w.a.getState().actions.reloadCurrent();
    expect(w.a.getState().current?.notes[0]).toMatchObject({
      text: 'B meanwhile',
      author: 'Ana',
      category: 'idea',
    });
    w.aGateway.failing = false;
    await w.a.getState().actions.retrySave();
    expect(w.a.getState().save.state).toBe('saved');
    const saved = (await stored()).notes.find((n) => n.id === note.id);
    expect(saved).toMatchObject({ text: 'B meanwhile', author: 'Ana', category: 'idea' });
  });

  it('brings back a record the other window deleted rather than lose the edit', async () => {
    w = await openTwoWindows(kind);
    const note = w.data.notes[0]!;
    await w.b.getState().actions.deleteNote(note.id);
    await w.a.getState().actions.updateNote(note.id, { text: 'Still needed' });
    const saved = (await stored()).notes.find((n) => n.id === note.id);
    expect(saved).toEqual({ ...note, text: 'Still needed', updatedAt: saved?.updatedAt });
    expect(saved?.updatedAt).toBeGreaterThan(note.updatedAt);
  });
});
