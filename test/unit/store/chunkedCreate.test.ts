/**
 * `createReviews` writes a big review in chunks when the storage can (issue 9): progress is
 * reported over all the reviews, a cancel mid-way leaves no trace of the review being
 * written (real Dexie chunked writer on fake-indexeddb), small reviews stay one write.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNKED_WRITE_MIN } from '../../../src/store/slices/createReviewsActions';
import { makeReviewData } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

const big = () => makeReviewData({ extraCommunications: CHUNKED_WRITE_MIN + 500 });

describe.each<GatewayKind>(['memory', 'dexie'])('chunked createReviews on %s', (kind) => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it('reports progress up to the total of every review, and saves them whole', async () => {
    h = await makeHarness(kind);
    const small = makeReviewData();
    const large = big();
    const total = small.communications.length + large.communications.length;
    const seen: [number, number][] = [];
    const ids = await h.store
      .getState()
      .actions.createReviews([small, large], { onProgress: (w, t) => seen.push([w, t]) });
    expect(ids).toEqual([small.review.id, large.review.id]);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.at(-1)).toEqual([total, total]);
    // Chunks of the big one show up as steps between the small one and the end.
    expect(seen.length).toBeGreaterThan(4);
    const written = seen.map(([w]) => w);
    expect([...written].sort((a, b) => a - b)).toEqual(written);
    expect((await h.storage.loadReview(large.review.id))?.communications).toHaveLength(
      large.communications.length,
    );
  });

  it('keeps nothing of the review being written when cancelled mid-way', async () => {
    h = await makeHarness(kind);
    const large = big();
    const controller = new AbortController();
    const done = h.store.getState().actions.createReviews([large], {
      signal: controller.signal,
      onProgress: (written) => {
        if (written >= 2_000) controller.abort();
      },
    });
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(await h.storage.listReviews()).toEqual([]);
    expect(await h.storage.loadReview(large.review.id)).toBeNull();
    expect(h.store.getState().reviews).toEqual([]);
  });
});

describe.each<GatewayKind>(['memory', 'dexie'])('a big import opened early (%s)', (kind) => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it('says the one big review can be opened before it is written, then reports its end', async () => {
    h = await makeHarness(kind);
    const large = big();
    const opened: (readonly string[])[] = [];
    const states: (string | null)[] = [];
    const done = h.store.getState().actions.createReviews([large], {
      onOpenable: (ids) => {
        opened.push(ids);
        states.push(h.store.getState().importSave?.reviewId ?? null);
      },
    });
    // Told at once, with the save under way and reported in the store.
    expect(opened).toEqual([[large.review.id]]);
    expect(states).toEqual([large.review.id]);
    await h.store.getState().actions.openReview(large.review.id);
    expect(h.store.getState().current?.communications).toHaveLength(large.communications.length);
    expect(await done).toEqual([large.review.id]);
    expect(h.store.getState().importSave).toBeNull();
    expect((await h.storage.loadReview(large.review.id))?.communications).toHaveLength(
      large.communications.length,
    );
  });

  it('opens several reviews only once they are all saved', async () => {
    h = await makeHarness(kind);
    const opened: (readonly string[])[] = [];
    const ids = await h.store
      .getState()
      .actions.createReviews([big(), makeReviewData()], { onOpenable: (i) => opened.push(i) });
    expect(opened).toEqual([]);
    expect(ids).toHaveLength(2);
    expect(h.store.getState().importSave).toBeNull();
  });

  it('keeps nothing when cancelled from the open review, and reports no error', async () => {
    h = await makeHarness(kind);
    const large = big();
    const done = h.store.getState().actions.createReviews([large], { onOpenable: () => undefined });
    await h.store.getState().actions.cancelImportSave();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(h.store.getState().importSave).toBeNull();
    expect(await h.storage.loadReview(large.review.id)).toBeNull();
    // Not openable from memory any more either.
    await h.store.getState().actions.openReview(large.review.id);
    expect(h.store.getState().currentStatus).toBe('missing');
  });
});

describe.each<GatewayKind>(['memory', 'dexie'])('opening a review just imported (%s)', (kind) => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it('opens it from memory, exactly as storage would return it; any other review is read', async () => {
    h = await makeHarness(kind);
    const first = makeReviewData();
    const second = makeReviewData();
    const { actions } = h.store.getState();
    await actions.createReviews([first, second]);
    const loads = vi.spyOn(h.gateway, 'loadReview');
    await actions.openReview(first.review.id);
    expect(loads).not.toHaveBeenCalled();
    expect(h.store.getState().current).toEqual(await h.storage.loadReview(first.review.id));
    loads.mockClear();

    // The hand-off is used once: opening it again, or the second review, reads storage.
    await actions.openReview(second.review.id);
    await actions.openReview(first.review.id);
    expect(loads.mock.calls.map(([id]) => id)).toEqual([second.review.id, first.review.id]);
  });
});
