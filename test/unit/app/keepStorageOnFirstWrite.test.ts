/** Reliability Table 1, row 1: persist() is asked for on the first real edit, never on load. */
import { describe, expect, it, vi } from 'vitest';
import { keepStorageOnFirstWrite } from '../../../src/app/keepStorageOnFirstWrite';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import type { StoragePersistence } from '../../../src/store/StorageHealth';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';

async function setUp() {
  const gateway = new MemoryReviewGateway();
  const data = makeReviewData();
  await gateway.createReview(data);
  const request = vi.fn(async (): Promise<StoragePersistence> => 'kept');
  const store = createAppStore(gateway, {
    storage: {
      mode: 'indexeddb',
      memoryCause: null,
      deletedWhenUnvisited: false,
      check: async () => 'may-be-cleared',
      request,
    },
  });
  keepStorageOnFirstWrite(store);
  return { store, data, request };
}

describe('keepStorageOnFirstWrite', () => {
  it('does not ask while the app loads, lists and opens reviews', async () => {
    const { store, data, request } = await setUp();
    await store.getState().actions.checkStorage();
    await store.getState().actions.refreshReviews();
    await store.getState().actions.openReview(data.review.id);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks once, on the first edit', async () => {
    const { store, data, request } = await setUp();
    await store.getState().actions.openReview(data.review.id);
    await store.getState().actions.updateIncident({ title: 'First edit' });
    await store.getState().actions.addNote({
      text: 'Second edit',
      category: 'idea',
      author: null,
      at: at(10),
      onGap: false,
      offsetY: -60,
    });
    expect(request).toHaveBeenCalledTimes(1);
    expect(store.getState().storage.persistence).toBe('kept');
  });

  it('asks on the first new review too (an import, the demo)', async () => {
    const { store, request } = await setUp();
    await store.getState().actions.createReviews([makeReviewData()]);
    expect(request).toHaveBeenCalledTimes(1);
  });
});
