import type { AppState, StorageErrorKind } from './AppState';
import type { ReviewGateway } from '../domain/reviewGateway';
import type { StoragePort } from './StorageHealth';

export interface StoreDeps {
  /** Record ids; default `newId` (a v4 UUID). */
  readonly newId?: () => string;
  /** Clock for `updatedAt`; default `Date.now`. */
  readonly now?: () => number;
  /** Classifies a failed write (the app passes persistence's `classifyStorageError`). */
  readonly classifyError?: (error: unknown) => StorageErrorKind;
  /** Where data is kept and whether the browser keeps it; default: unknown IndexedDB. */
  readonly storage?: StoragePort;
}

/** What every slice receives: the gateway, the resolved deps and the store's get/set. */
export interface StoreContext {
  readonly gateway: ReviewGateway;
  readonly newId: () => string;
  readonly now: () => number;
  readonly classifyError: (error: unknown) => StorageErrorKind;
  readonly get: () => AppState;
  readonly set: (partial: Partial<Omit<AppState, 'actions'>>) => void;
}
