/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { AppUpdate } from './AppUpdate';
import { canUseServiceWorker } from './canUseServiceWorker';
import { createAppUpdate } from './createAppUpdate';

interface Options {
  readonly flush: () => Promise<void>;
  readonly hasUnsavedWork: () => boolean;
}

/**
 * Registers the built app's service worker (it precaches the app for offline use) and
 * returns its updates; null where there is none — the dev server, and wherever
 * `canUseServiceWorker` says no. The app works the same without it, online only.
 */
export function startServiceWorker({ flush, hasUnsavedWork }: Options): AppUpdate | null {
  if (import.meta.env.DEV || !canUseServiceWorker(window)) return null;
  return createAppUpdate({
    register: registerSW,
    flush,
    hasUnsavedWork,
    reload: () => window.location.reload(),
    onError: (error) =>
      console.warn('Gapline: the service worker was not registered; offline use is off.', error),
  });
}
