import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { RegisterServiceWorker } from '../../../src/app/createAppUpdate';

/**
 * A stand-in for `registerSW` of `virtual:pwa-register` and the worker behind it: the test
 * says when a new version is found or takes over, and reads what the app asked for.
 */
export interface FakeServiceWorker {
  readonly register: RegisterServiceWorker;
  /** Times the app asked the waiting version to take over (`updateServiceWorker`). */
  readonly takeOverRequests: () => number;
  /** A new version was installed and waits (vite-plugin-pwa's `onNeedRefresh`). */
  newVersionWaiting(): void;
  /** The waiting version took control of this page (`onNeedReload`). */
  newVersionTookOver(): void;
  registrationFailed(error: unknown): void;
}

export function fakeServiceWorker(): FakeServiceWorker {
  let options: RegisterSWOptions | null = null;
  let takeOvers = 0;
  const given = (): RegisterSWOptions => {
    if (options === null) throw new Error('registerSW was not called');
    return options;
  };
  return {
    register(registerOptions) {
      options = registerOptions;
      return async () => {
        takeOvers += 1;
      };
    },
    takeOverRequests: () => takeOvers,
    newVersionWaiting: () => given().onNeedRefresh?.(),
    newVersionTookOver: () => given().onNeedReload?.(),
    registrationFailed: (error) => given().onRegisterError?.(error),
  };
}
