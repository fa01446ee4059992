/**
 * Windows on the same device follow each other: another window's write reloads the open
 * review (or the home list); a facilitator's timeline view and focus reach a presenter.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followReviewChanges } from '../../../src/app/followReviewChanges';
import type {
  ReviewChannel,
  ReviewChannelEvent,
  ReviewChannelMessage,
} from '../../../src/app/reviewChannel';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { AppStore } from '../../../src/store/AppState';
import { createAppStore } from '../../../src/store/createAppStore';
import type { Route } from '../../../src/ui/hashRoute';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';

const ME = 'this-window';
const OTHER = 'other-window';

/** A channel that records what this window posts and lets a test deliver messages. */
function fakeChannel() {
  const posted: ReviewChannelEvent[] = [];
  const listeners = new Set<(m: ReviewChannelMessage) => void>();
  const channel: ReviewChannel = {
    windowId: ME,
    post: (event) => posted.push(event),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => listeners.clear(),
  };
  const deliver = (message: ReviewChannelMessage): void => {
    for (const l of listeners) l(message);
  };
  return { channel, posted, deliver };
}

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

async function setup(route: Route | ((id: string) => Route)) {
  const storage = new MemoryReviewGateway();
  const data = makeReviewData();
  await storage.createReview(data);
  const store = createAppStore(storage);
  const other = createAppStore(storage, { newId: () => crypto.randomUUID() });
  const { channel, posted, deliver } = fakeChannel();
  const routeOf = typeof route === 'function' ? route(data.review.id) : route;
  const current = { route: routeOf };
  stops.push(followReviewChanges({ store, channel, route: () => current.route }));
  return { storage, data, store, other, posted, deliver, current };
}

/** Replaces store actions by spies (the routing is what is under test). */
function spyOn(store: AppStore, names: readonly ('reloadCurrent' | 'refreshReviews')[]) {
  const { actions } = store.getState();
  const spies = {
    reloadCurrent: vi.fn(() => Promise.resolve()),
    refreshReviews: vi.fn(() => Promise.resolve()),
  };
  store.setState({
    actions: {
      ...actions,
      ...Object.fromEntries(names.map((name) => [name, spies[name]])),
    },
  });
  return spies;
}

const texts = (store: AppStore): string[] =>
  (store.getState().current?.communications ?? []).map((c) => c.text);

const review = (id: string): Route => ({ name: 'review', id });

/** The other window opens the review and adds a communication saying `text`. */
async function writeInOtherWindow(other: AppStore, reviewId: string, text: string) {
  await other.getState().actions.openReview(reviewId);
  await other.getState().actions.addCommunication({
    instant: at(20),
    offsetMinutes: 0,
    channelName: 'Status page',
    author: 'Bea',
    kind: 'update',
    text,
  });
}
const present = (id: string): Route => ({ name: 'present', id });

describe('following the other windows', () => {
  it("reloads the open review when another window wrote it, and shows that window's edit", async () => {
    const { data, store, other, deliver } = await setup(review);
    await store.getState().actions.openReview(data.review.id);
    await writeInOtherWindow(other, data.review.id, 'Written in the other window');
    expect(texts(store)).not.toContain('Written in the other window');
    deliver({ type: 'review-changed', reviewId: data.review.id, from: OTHER });
    await vi.waitFor(() => expect(texts(store)).toContain('Written in the other window'));
  });

  it('reads the review again once open when another window wrote it while it was read', async () => {
    const { storage, data, store, other, deliver } = await setup(review);
    // This window's read of the review waits until the other window has written.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = storage.loadReview.bind(storage);
    let calls = 0;
    vi.spyOn(storage, 'loadReview').mockImplementation(async (id) => {
      const first = ++calls === 1;
      const data = await load(id);
      if (first) await held;
      return data;
    });
    const opening = store.getState().actions.openReview(data.review.id);
    await writeInOtherWindow(other, data.review.id, 'Written while the first window read');
    deliver({ type: 'review-changed', reviewId: data.review.id, from: OTHER });
    release();
    await opening;
    await vi.waitFor(() => expect(texts(store)).toContain('Written while the first window read'));
  });

  it('ignores its own messages', async () => {
    const { data, store, deliver } = await setup(review);
    await store.getState().actions.openReview(data.review.id);
    const spies = spyOn(store, ['reloadCurrent', 'refreshReviews']);
    deliver({ type: 'review-changed', reviewId: data.review.id, from: ME });
    expect(spies.reloadCurrent).not.toHaveBeenCalled();
    expect(spies.refreshReviews).not.toHaveBeenCalled();
  });

  it('does not reload for a change to another review', async () => {
    const { data, store, deliver } = await setup(review);
    await store.getState().actions.openReview(data.review.id);
    const spies = spyOn(store, ['reloadCurrent', 'refreshReviews']);
    deliver({ type: 'review-changed', reviewId: 'another-review', from: OTHER });
    expect(spies.reloadCurrent).not.toHaveBeenCalled();
    expect(spies.refreshReviews).not.toHaveBeenCalled();
  });

  it('refreshes the list when the home page is shown', async () => {
    const { store, deliver } = await setup({ name: 'home' });
    const spies = spyOn(store, ['reloadCurrent', 'refreshReviews']);
    deliver({ type: 'review-changed', reviewId: 'any-review', from: OTHER });
    expect(spies.refreshReviews).toHaveBeenCalledTimes(1);
    expect(spies.reloadCurrent).not.toHaveBeenCalled();
  });
});

describe('the facilitator leads, the presenter follows', () => {
  it('a facilitator window posts its view and focus when they change', async () => {
    const { data, store, posted } = await setup(review);
    const reviewId = data.review.id;
    await store.getState().actions.openReview(reviewId);
    posted.length = 0;
    const view = { start: at(0), end: at(30) };
    store.getState().actions.setTimelineView(view);
    store.getState().actions.focusTimelineItem({ kind: 'note', id: 'n1' });
    store.getState().actions.setEditingNote('n1');
    expect(posted).toEqual([
      { type: 'view', reviewId, view },
      { type: 'focus', reviewId, focus: { kind: 'note', id: 'n1' } },
    ]);
  });

  it('a presenter window never posts its view, and asks for the view when it opens', async () => {
    const { data, store, posted } = await setup(present);
    const reviewId = data.review.id;
    await store.getState().actions.openReview(reviewId);
    store.getState().actions.setTimelineView({ start: at(0), end: at(30) });
    store.getState().actions.focusTimelineItem({ kind: 'note', id: 'n1' });
    expect(posted).toEqual([{ type: 'view-request', reviewId }]);
  });

  it('a presenter window applies the view and focus of another window for its review', async () => {
    const { data, store, deliver } = await setup(present);
    const reviewId = data.review.id;
    await store.getState().actions.openReview(reviewId);
    const view = { start: at(5), end: at(25) };
    deliver({ type: 'view', reviewId, view, from: OTHER });
    deliver({ type: 'focus', reviewId, focus: { kind: 'communication', id: 'c1' }, from: OTHER });
    deliver({ type: 'view', reviewId: 'another-review', view: null, from: OTHER });
    expect(store.getState().timeline.view).toEqual(view);
    expect(store.getState().timeline.focus).toEqual({ kind: 'communication', id: 'c1' });
    deliver({ type: 'show-attachment', reviewId, attachmentId: 'shot-1', from: OTHER });
    expect(store.getState().timeline.shownAttachmentId).toBe('shot-1');
    deliver({ type: 'show-attachment', reviewId, attachmentId: null, from: OTHER });
    expect(store.getState().timeline.shownAttachmentId).toBeNull();
  });

  it('a facilitator window ignores views and answers a view request with its own', async () => {
    const { data, store, deliver, posted } = await setup(review);
    const reviewId = data.review.id;
    await store.getState().actions.openReview(reviewId);
    const view = { start: at(0), end: at(30) };
    store.getState().actions.setTimelineView(view);
    deliver({ type: 'view', reviewId, view: { start: at(1), end: at(2) }, from: OTHER });
    expect(store.getState().timeline.view).toEqual(view);
    deliver({ type: 'show-attachment', reviewId, attachmentId: 'shot-1', from: OTHER });
    expect(store.getState().timeline.shownAttachmentId).toBeNull();
    posted.length = 0;
    deliver({ type: 'view-request', reviewId, from: OTHER });
    expect(posted).toEqual([
      { type: 'view', reviewId, view },
      { type: 'focus', reviewId, focus: null },
    ]);
  });
});
