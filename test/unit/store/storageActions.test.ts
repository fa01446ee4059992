/** Storage health in the store: read on load, one request to keep the data, outdated. */
import { describe, expect, it, vi } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import type { StoragePersistence, StoragePort } from '../../../src/store/StorageHealth';

function port(overrides: Partial<StoragePort> = {}) {
  const check = vi.fn(async (): Promise<StoragePersistence> => 'may-be-cleared');
  const request = vi.fn(async (): Promise<StoragePersistence> => 'kept');
  const value: StoragePort = {
    mode: 'indexeddb',
    memoryCause: null,
    deletedWhenUnvisited: false,
    check,
    request,
    ...overrides,
  };
  return { value, check, request };
}

describe('storage health in the store', () => {
  it('starts unknown with what the app knows about the browser', () => {
    const { value } = port({ deletedWhenUnvisited: true });
    const store = createAppStore(new MemoryReviewGateway(), { storage: value });
    expect(store.getState().storage).toEqual({
      mode: 'indexeddb',
      memoryCause: null,
      persistence: 'unknown',
      deletedWhenUnvisited: true,
      outdated: false,
    });
  });

  it('reads without asking on checkStorage, and asks once on keepStorage', async () => {
    const { value, check, request } = port();
    const store = createAppStore(new MemoryReviewGateway(), { storage: value });
    await store.getState().actions.checkStorage();
    expect(store.getState().storage.persistence).toBe('may-be-cleared');
    expect(request).not.toHaveBeenCalled();
    await Promise.all([
      store.getState().actions.keepStorage(),
      store.getState().actions.keepStorage(),
    ]);
    await store.getState().actions.keepStorage();
    expect(request).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(store.getState().storage.persistence).toBe('kept');
  });

  it('lets the answer to the request win over a slower first reading', async () => {
    let answer: (p: StoragePersistence) => void = () => undefined;
    const { value } = port({
      check: () => new Promise<StoragePersistence>((resolve) => (answer = resolve)),
    });
    const store = createAppStore(new MemoryReviewGateway(), { storage: value });
    const checking = store.getState().actions.checkStorage();
    await store.getState().actions.keepStorage();
    answer('may-be-cleared');
    await checking;
    expect(store.getState().storage.persistence).toBe('kept');
  });

  it('asks nothing in memory mode (nothing is stored to keep)', async () => {
    const { value, check, request } = port({ mode: 'memory', memoryCause: 'unavailable' });
    const store = createAppStore(new MemoryReviewGateway(), { storage: value });
    await store.getState().actions.checkStorage();
    await store.getState().actions.keepStorage();
    expect(check).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
    expect(store.getState().storage).toMatchObject({ mode: 'memory', memoryCause: 'unavailable' });
  });

  it('marks the tab outdated once', () => {
    const store = createAppStore(new MemoryReviewGateway());
    const seen = vi.fn();
    store.subscribe(seen);
    store.getState().actions.markStorageOutdated();
    store.getState().actions.markStorageOutdated();
    expect(store.getState().storage.outdated).toBe(true);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
