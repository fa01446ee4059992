import type { AppActions } from '../AppState';
import type { StoragePersistence, StoragePort } from '../StorageHealth';
import type { StoreContext } from '../StoreDeps';

/**
 * Storage health: what the browser already decided (checked on load, asking nothing), the
 * one request to keep the data (on the first real edit), and the tab becoming outdated.
 */
export function createStorageActions(
  ctx: StoreContext,
  port: StoragePort,
): Pick<AppActions, 'checkStorage' | 'keepStorage' | 'markStorageOutdated'> {
  let request: Promise<void> | null = null;
  const publish = (persistence: StoragePersistence) =>
    ctx.set({ storage: { ...ctx.get().storage, persistence } });

  return {
    async checkStorage() {
      if (port.mode === 'memory') return;
      const persistence = await port.check();
      // The answer to the request, if one came meanwhile, is the later word.
      if (request === null) publish(persistence);
    },

    keepStorage() {
      // Nothing is kept in memory mode, so there is nothing to ask for.
      if (port.mode === 'memory') return Promise.resolve();
      request ??= port.request().then(publish);
      return request;
    },

    markStorageOutdated() {
      if (!ctx.get().storage.outdated)
        ctx.set({ storage: { ...ctx.get().storage, outdated: true } });
    },
  };
}
