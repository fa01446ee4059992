/** Reliability Table 1, rows 1 and 13: asking the browser to keep the data, and reading its answer. */
import { describe, expect, it, vi } from 'vitest';
import { checkPersistence, requestPersistence } from '../../../src/persistence/storagePersistence';

describe('checkPersistence (on load: asks nothing)', () => {
  it('reads what the browser already decided and never calls persist()', async () => {
    const persist = vi.fn(async () => true);
    expect(await checkPersistence({ persisted: async () => true, persist })).toBe('kept');
    expect(await checkPersistence({ persisted: async () => false, persist })).toBe(
      'may-be-cleared',
    );
    expect(persist).not.toHaveBeenCalled();
  });

  it('calls a browser without a storage manager, or one that throws, unsupported', async () => {
    expect(await checkPersistence(undefined)).toBe('unsupported');
    expect(await checkPersistence({})).toBe('unsupported');
    expect(
      await checkPersistence({
        persisted: () => Promise.reject(new TypeError('storage is disabled')),
      }),
    ).toBe('unsupported');
  });
});

describe('requestPersistence (on the first real edit)', () => {
  it('asks, and reports the answer', async () => {
    expect(
      await requestPersistence({ persisted: async () => false, persist: async () => true }),
    ).toBe('kept');
    expect(
      await requestPersistence({ persisted: async () => false, persist: async () => false }),
    ).toBe('may-be-cleared');
  });

  it('does not ask again when the data is already kept', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => true, persist })).toBe('kept');
    expect(persist).not.toHaveBeenCalled();
  });

  it('treats a missing or throwing persist() as unsupported (MDN: TypeError when storage is disabled)', async () => {
    expect(await requestPersistence({ persisted: async () => false })).toBe('unsupported');
    expect(
      await requestPersistence({
        persisted: async () => false,
        persist: () => Promise.reject(new TypeError('disabled')),
      }),
    ).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
