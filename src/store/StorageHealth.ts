import type { StorageErrorKind } from './AppState';

/** Whether the browser keeps this site's data (see src/persistence/storagePersistence.ts). */
export type StoragePersistence = 'kept' | 'may-be-cleared' | 'unsupported';

/**
 * Where Gapline's data lives and how safe it is there, for the storage indicator and the
 * banners (reliability Table 1, rows 1, 2, 8 and 13).
 */
export interface StorageHealth {
  /** `indexeddb`: kept in this browser. `memory`: only in this tab (storage unavailable). */
  readonly mode: 'indexeddb' | 'memory';
  /** Why the app runs in memory; null in IndexedDB mode. */
  readonly memoryCause: StorageErrorKind | null;
  /** `unknown` until the browser answered; then whether it keeps the data. */
  readonly persistence: 'unknown' | StoragePersistence;
  /** Safari (and every iOS browser) deletes a site's data after seven days without a visit. */
  readonly deletedWhenUnvisited: boolean;
  /** A newer Gapline opened the database in another tab: this tab no longer saves. */
  readonly outdated: boolean;
}

/** What the app tells the store about storage (the composition root wires persistence). */
export interface StoragePort {
  readonly mode: StorageHealth['mode'];
  readonly memoryCause: StorageErrorKind | null;
  readonly deletedWhenUnvisited: boolean;
  /** What the browser decided already, without asking. */
  check(): Promise<StoragePersistence>;
  /** Asks the browser to keep the data. */
  request(): Promise<StoragePersistence>;
}

/** No browser storage manager to ask (tests, and the default when none is given). */
export const UNKNOWN_STORAGE: StoragePort = {
  mode: 'indexeddb',
  memoryCause: null,
  deletedWhenUnvisited: false,
  check: async () => 'unsupported',
  request: async () => 'unsupported',
};
