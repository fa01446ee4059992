/**
 * `reloadCurrent`: another window wrote the open review; this window reads it again
 * without a loading state, keeping its failed (memory-only) edits, its undo history and
 * the timeline's UI state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState, AppStore } from '../../../src/store/AppState';
import { createAppStore } from '../../../src/store/createAppStore';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { failingWrites } from './failingGateway';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

const newComm = (text: string, minute: number) => ({
  instant: at(minute),
  offsetMinutes: 0,
  channelName: 'Status page',
  author: 'Bea',
  kind: 'update' as const,
  text,
});

const texts = (store: AppStore): string[] =>
  (store.getState().current?.communications ?? []).map((c) => c.text);

describe.each<GatewayKind>(['memory', 'dexie'])('reloadCurrent on the %s gateway', (kind) => {
  let h: Harness;
  let gateway: ReturnType<typeof failingWrites>;
  let other: AppStore;
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;

  afterEach(async () => {
    await h.dispose();
  });

  /** This window (writes fail while `gateway.failing`) and another on the same storage. */
  async function twoWindows(): Promise<ReturnType<typeof makeReviewData>> {
    h = await makeHarness(kind, (g) => {
      gateway = failingWrites(g);
      gateway.failing = false;
      return gateway;
    });
    let ids = 0;
    other = createAppStore(h.storage, { newId: () => `other-${++ids}`, now: () => h.clock.now });
    const data = makeReviewData();
    await h.storage.createReview(data);
    await actions().openReview(data.review.id);
    await other.getState().actions.openReview(data.review.id);
    return data;
  }

  it("shows the other window's edit, with no loading state on the way", async () => {
    await twoWindows();
    await other.getState().actions.addCommunication(newComm('From the other window', 20));
    const statuses: AppState['currentStatus'][] = [];
    const stop = h.store.subscribe((s) => statuses.push(s.currentStatus));
    await actions().reloadCurrent();
    stop();
    expect(texts(h.store)).toContain('From the other window');
    expect(statuses.every((s) => s === 'ready')).toBe(true);
    expect(state().currentStatus).toBe('ready');
  });

  it('keeps the edits whose write failed, the undo history and the timeline view', async () => {
    const data = await twoWindows();
    const view = { start: at(0), end: at(60) };
    actions().setTimelineView(view);
    actions().focusTimelineItem({ kind: 'communication', id: data.communications[0]!.id });
    gateway.failing = true;
    await actions().addCommunication(newComm('Only in this window', 30));
    expect(state().save.state).toBe('error');
    await other.getState().actions.addCommunication(newComm('From the other window', 20));

    await actions().reloadCurrent();

    expect(texts(h.store)).toEqual(
      expect.arrayContaining(['Only in this window', 'From the other window']),
    );
    expect(state().history.canUndo).toBe(true);
    expect(state().timeline.view).toEqual(view);
    expect(state().timeline.focus).toEqual({
      kind: 'communication',
      id: data.communications[0]!.id,
    });
    // The failed edit is still written once storage works again.
    gateway.failing = false;
    await actions().retrySave();
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.map((c) => c.text)).toEqual(
      expect.arrayContaining(['Only in this window', 'From the other window']),
    );
  });

  it('waits for its own writes in flight, so a reload never drops a local edit', async () => {
    await twoWindows();
    await other.getState().actions.addCommunication(newComm('From the other window', 20));
    const adding = actions().addCommunication(newComm('Local, being written', 30));
    const reloading = actions().reloadCurrent();
    await Promise.all([adding, reloading]);
    expect(texts(h.store)).toEqual(
      expect.arrayContaining(['Local, being written', 'From the other window']),
    );
  });

  it('shows the review as missing when the other window deleted it', async () => {
    const data = await twoWindows();
    await other.getState().actions.deleteReview(data.review.id);
    await actions().reloadCurrent();
    expect(state().currentStatus).toBe('missing');
    expect(state().current).toBeNull();
  });

  it('does nothing when no review is open', async () => {
    await twoWindows();
    actions().closeReview();
    await actions().reloadCurrent();
    expect(state()).toMatchObject({ current: null, currentStatus: 'idle' });
  });
});
