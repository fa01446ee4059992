/**
 * Reliability Table 1, row 3: a failed write keeps the state in memory, raises the error
 * with its kind, and the edit is written when storage works again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { AppState } from '../../../src/store/AppState';
import { createAppStore } from '../../../src/store/createAppStore';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { failingWrites } from './failingGateway';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

const newComm = (text: string) => ({
  instant: at(30),
  offsetMinutes: 0,
  channelName: 'Status page',
  author: 'Bea',
  kind: 'update' as const,
  text,
});

describe.each<GatewayKind>(['memory', 'dexie'])('failed writes on the %s gateway', (kind) => {
  let h: Harness;
  let gateway: ReturnType<typeof failingWrites>;
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;

  afterEach(async () => {
    await h.dispose();
  });

  async function openWithFailingWrites(): Promise<ReturnType<typeof makeReviewData>> {
    h = await makeHarness(kind, (g) => {
      gateway = failingWrites(g);
      return gateway;
    });
    const data = makeReviewData();
    await h.storage.createReview(data);
    await actions().openReview(data.review.id);
    return data;
  }

  it('keeps the edit in memory and reports a quota error', async () => {
    const data = await openWithFailingWrites();
    await actions().addCommunication(newComm('Only in memory'));
    expect(state().current?.communications.map((c) => c.text)).toContain('Only in memory');
    expect(state().save).toMatchObject({ state: 'error', pending: 0, errorKind: 'quota' });
    expect(state().save.error).toMatch(/quota/i);
    expect((await h.storage.loadReview(data.review.id))?.communications).toHaveLength(3);
  });

  it('writes the failed edit with the next one once storage works again', async () => {
    const data = await openWithFailingWrites();
    await actions().addCommunication(newComm('First'));
    gateway.failing = false;
    await actions().updateCommunication(data.communications[0]!.id, { text: 'Second' });
    expect(state().save).toEqual({ state: 'saved', pending: 0, error: null, errorKind: null });
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.map((c) => c.text)).toEqual(
      expect.arrayContaining(['First', 'Second']),
    );
  });

  it('stays in error after a later success while an edit is still unsaved elsewhere, until retry', async () => {
    const data = await openWithFailingWrites();
    await actions().addCommunication(newComm('Lost?'));
    actions().closeReview();
    const other = makeReviewData();
    gateway.failing = false;
    await actions().createReviews([other]);
    expect(state().save.state).toBe('error');
    await actions().retrySave();
    expect(state().save.state).toBe('saved');
    expect(
      (await h.storage.loadReview(data.review.id))?.communications.map((c) => c.text),
    ).toContain('Lost?');
  });

  it('sends the latest version of a record that failed twice', async () => {
    const data = await openWithFailingWrites();
    const id = data.communications[0]!.id;
    await actions().updateCommunication(id, { text: 'v1' });
    await actions().updateCommunication(id, { text: 'v2' });
    gateway.failing = false;
    await actions().retrySave();
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.find((c) => c.id === id)?.text).toBe('v2');
  });

  it('keeps unsaved edits when the review is closed and opened again', async () => {
    const data = await openWithFailingWrites();
    await actions().deleteCommunication(data.communications[0]!.id);
    actions().closeReview();
    await actions().openReview(data.review.id);
    expect(state().current?.communications).toHaveLength(2);
    expect(state().save.state).toBe('error');
  });

  it('rejects a failed createReviews without claiming an unsaved edit', async () => {
    h = await makeHarness(kind, (g) => {
      gateway = failingWrites(g);
      return gateway;
    });
    await expect(actions().createReviews([makeReviewData()])).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(state().save.state).toBe('idle');
    expect(state().reviews).toEqual([]);
    expect(state().reviewsLoaded).toBe(true);
  });

  it('puts a review back in the list when deleting it fails', async () => {
    const data = await openWithFailingWrites();
    await actions().refreshReviews();
    await expect(actions().deleteReview(data.review.id)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(state().reviews.map((r) => r.review.id)).toEqual([data.review.id]);
  });
});

it('classifies as unknown when the app gives no classifier', async () => {
  const storage = new MemoryReviewGateway();
  const gateway = failingWrites(storage);
  const store = createAppStore(gateway);
  const data = makeReviewData();
  await storage.createReview(data);
  await store.getState().actions.openReview(data.review.id);
  await store.getState().actions.deleteCommunication(data.communications[0]!.id);
  expect(store.getState().save.errorKind).toBe('unknown');
});

it('makes random ids by default', async () => {
  const storage = new MemoryReviewGateway();
  const store = createAppStore(storage);
  const data = makeReviewData();
  await storage.createReview(data);
  await store.getState().actions.openReview(data.review.id);
  await store.getState().actions.addCommunication(newComm('Random id'));
  const added = store.getState().current?.communications.find((c) => c.text === 'Random id');
  expect(added?.id).toMatch(/^[0-9a-f-]{36}$/);
});
