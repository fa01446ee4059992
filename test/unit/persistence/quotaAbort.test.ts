/**
 * Reliability Table 1, row 3: a full disk reaches the app as Dexie's `AbortError` whose
 * `inner` is the browser's `QuotaExceededError` (Dexie#776): the transaction aborts when it
 * commits. Here fake-indexeddb aborts each write transaction that way, so the error is the
 * one Dexie itself builds from the browser's, not one made by hand; it must be
 * classified as `quota`, nothing may be written, and the store keeps the edit in memory.
 */
import { IDBTransaction } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { createAppStore } from '../../../src/store/createAppStore';
import { makeReviewData } from './makeReviewData';

/** fake-indexeddb's "abort a transaction" step (spec), which takes the error's name. */
type Abortable = IDBTransaction & { _abort(errorName: string): void };

/**
 * From now on every read-write transaction fails when it commits, as Chromium's does when
 * the origin is over its quota: instead of `complete`, it rolls back and fires `abort` with
 * `error` a QuotaExceededError.
 */
function fillTheDisk(): void {
  const dispatch = IDBTransaction.prototype.dispatchEvent;
  vi.spyOn(IDBTransaction.prototype, 'dispatchEvent').mockImplementation(function (
    this: Abortable,
    event: Event,
  ) {
    if (event.type === 'complete' && this.mode === 'readwrite') {
      this._abort('QuotaExceededError');
      return true;
    }
    return dispatch.call(this, event);
  });
}

let db: GaplineDb | null = null;
let seq = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = null;
});

describe('a write that hits the quota', () => {
  it('rejects with Dexie’s AbortError wrapping QuotaExceededError, classified as quota, writing nothing', async () => {
    db = new GaplineDb(`quota-${Date.now()}-${++seq}`);
    const gateway = new DexieReviewGateway(db, { locks: null });
    const data = makeReviewData();
    await gateway.createReview(data);
    fillTheDisk();

    const c1 = data.communications[0]!;
    const failure: unknown = await gateway
      .apply(data.review.id, [
        { type: 'put', collection: 'communications', record: { ...c1, text: 'Too big' } },
      ])
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(classifyStorageError(failure)).toBe('quota');
    vi.restoreAllMocks();
    expect((await gateway.loadReview(data.review.id))?.communications[0]?.text).toBe(c1.text);
  });

  it('keeps the edit in memory and reports a quota error in the store', async () => {
    db = new GaplineDb(`quota-${Date.now()}-${++seq}`);
    const gateway = new DexieReviewGateway(db, { locks: null });
    const data = makeReviewData();
    await gateway.createReview(data);
    const store = createAppStore(gateway, { classifyError: classifyStorageError });
    await store.getState().actions.openReview(data.review.id);
    fillTheDisk();

    await store.getState().actions.updateIncident({ title: 'Kept in memory' });
    expect(store.getState().save).toMatchObject({ state: 'error', errorKind: 'quota' });
    expect(store.getState().current?.incident.title).toBe('Kept in memory');

    vi.restoreAllMocks();
    await store.getState().actions.retrySave();
    expect(store.getState().save.state).toBe('saved');
    expect((await gateway.loadReview(data.review.id))?.incident.title).toBe('Kept in memory');
  });
});
