/**
 * The service worker's news as the app sees it ('prompt' mode): a new version is announced
 * and waits; it takes over only when `apply()` is called, after pending writes are flushed;
 * when it has taken over, the tab reloads only if no work lives in this tab alone.
 */
import { describe, expect, it } from 'vitest';
import { canUseServiceWorker } from '../../../src/app/canUseServiceWorker';
import { createAppUpdate } from '../../../src/app/createAppUpdate';
import { fakeServiceWorker } from './fakeServiceWorker';

function setUp(unsaved = false) {
  const worker = fakeServiceWorker();
  const log: string[] = [];
  const errors: unknown[] = [];
  let unsavedWork = unsaved;
  const update = createAppUpdate({
    register: worker.register,
    flush: async () => {
      await Promise.resolve();
      log.push('flushed');
    },
    hasUnsavedWork: () => unsavedWork,
    reload: () => log.push('reloaded'),
    onError: (error) => errors.push(error),
  });
  return {
    worker,
    log,
    errors,
    update,
    saveAll: () => {
      unsavedWork = false;
    },
  };
}

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createAppUpdate', () => {
  it('announces each new version to its subscribers, and stops when unsubscribed', () => {
    const { worker, update } = setUp();
    const heard: number[] = [];
    const unsubscribe = update.subscribe(() => heard.push(update.found()));
    expect(update.found()).toBe(0);

    worker.newVersionWaiting();
    worker.newVersionWaiting();
    unsubscribe();
    worker.newVersionWaiting();

    expect(heard).toEqual([1, 2]);
    expect(update.found()).toBe(3);
  });

  it('never takes a new version or reloads by itself', async () => {
    const { worker, log } = setUp();
    worker.newVersionWaiting();
    await settle();
    expect(worker.takeOverRequests()).toBe(0);
    expect(log).toEqual([]);
  });

  it('on apply, saves what is pending before the new version takes over', async () => {
    const { worker, log, update } = setUp();
    worker.newVersionWaiting();
    const taking = update.apply();
    expect(worker.takeOverRequests()).toBe(0);
    await taking;
    expect(log).toEqual(['flushed']);
    expect(worker.takeOverRequests()).toBe(1);
  });

  it('reloads once the new version took over, after pending writes finished', async () => {
    const { worker, log } = setUp();
    worker.newVersionWaiting();
    worker.newVersionTookOver();
    expect(log).toEqual([]);
    await settle();
    expect(log).toEqual(['flushed', 'reloaded']);
  });

  it('keeps a tab with unsaved work open when another tab took the update, until asked', async () => {
    const { worker, log, update, saveAll } = setUp(true);
    worker.newVersionWaiting();
    worker.newVersionTookOver();
    await settle();
    expect(log).toEqual(['flushed']);
    // Announced again, so a dismissed notice comes back with its warning.
    expect(update.found()).toBe(2);

    saveAll();
    await update.apply();
    // The new version already controls the page: only a reload is left to do.
    expect(log).toEqual(['flushed', 'flushed', 'reloaded']);
    expect(worker.takeOverRequests()).toBe(0);
  });

  it('reports a failed registration and goes on without a worker', () => {
    const { worker, errors, update } = setUp();
    const failure = new TypeError('Failed to register a ServiceWorker');
    worker.registrationFailed(failure);
    expect(errors).toEqual([failure]);
    expect(update.found()).toBe(0);
  });
});

describe('canUseServiceWorker', () => {
  const withWorker = { serviceWorker: {} } as unknown as Navigator;
  const withoutWorker = {} as Navigator;

  it('needs a secure context (https, localhost) and the API', () => {
    expect(canUseServiceWorker({ isSecureContext: true, navigator: withWorker })).toBe(true);
    expect(canUseServiceWorker({ isSecureContext: false, navigator: withWorker })).toBe(false);
    expect(canUseServiceWorker({ isSecureContext: true, navigator: withoutWorker })).toBe(false);
  });

  it('says no in jsdom, where the component tests run', () => {
    expect(canUseServiceWorker(window)).toBe(false);
  });
});
