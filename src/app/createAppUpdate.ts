import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { AppUpdate } from './AppUpdate';

/** `registerSW` of `virtual:pwa-register`: registers the worker, returns "take the update". */
export type RegisterServiceWorker = (
  options: RegisterSWOptions,
) => (reloadPage?: boolean) => Promise<void>;

interface Deps {
  readonly register: RegisterServiceWorker;
  /** Resolves when every write started so far has finished. */
  readonly flush: () => Promise<void>;
  /** True while some work lives only in this tab (a failed save, or storage in memory). */
  readonly hasUnsavedWork: () => boolean;
  readonly reload: () => void;
  /** The worker could not be registered: the app still works, online only. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Registers the service worker in 'prompt' mode and turns its news into an `AppUpdate`.
 * A waiting version takes over only when `apply()` is called (the user's click, in this tab
 * or another tab of the app). When it has taken over, this tab saves what is pending and
 * reloads — unless some work lives only in this tab: then the notice stays up (with its
 * warning) and the user reloads when ready.
 */
export function createAppUpdate({
  register,
  flush,
  hasUnsavedWork,
  reload,
  onError,
}: Deps): AppUpdate {
  let found = 0;
  let tookOver = false;
  const listeners = new Set<() => void>();
  const announce = (): void => {
    found += 1;
    for (const listener of listeners) listener();
  };
  const takeUpdate = register({
    onNeedRefresh: announce,
    onNeedReload: () => {
      tookOver = true;
      void flush().then(() => {
        if (hasUnsavedWork()) announce();
        else reload();
      });
    },
    onRegisterError: (error: unknown) => onError?.(error),
  });
  return {
    found: () => found,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async apply() {
      await flush();
      if (tookOver) reload();
      else await takeUpdate(true);
    },
  };
}
