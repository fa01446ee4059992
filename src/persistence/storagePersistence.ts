/**
 * Whether the browser keeps Gapline's data (reliability Table 1, rows 1 and 13): by default
 * a site's storage is "best effort" and the browser may clear it when space runs low;
 * `navigator.storage.persist()` asks for it to be kept until the user deletes it. Chrome
 * answers by itself (no prompt), Firefox may ask the user, Safari 15.2+ answers too.
 */

/** `kept`: persistent. `may-be-cleared`: best effort. `unsupported`: no StorageManager. */
export type StoragePersistence = 'kept' | 'may-be-cleared' | 'unsupported';

/** The part of `navigator.storage` used here (tests pass a fake). */
export interface PersistenceManager {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function browserManager(): PersistenceManager | undefined {
  const nav: { storage?: PersistenceManager } | undefined = globalThis.navigator;
  return nav?.storage;
}

/**
 * What the browser has already decided, without asking (on load). A browser that throws
 * (storage disabled: MDN says `persist()` may reject with a TypeError) counts as unsupported.
 */
export async function checkPersistence(
  manager: PersistenceManager | undefined = browserManager(),
): Promise<StoragePersistence> {
  if (typeof manager?.persisted !== 'function') return 'unsupported';
  try {
    return (await manager.persisted()) ? 'kept' : 'may-be-cleared';
  } catch {
    return 'unsupported';
  }
}

/**
 * Asks the browser to keep the data (on the first real edit, never on load: an unprompted
 * request at start-up is what browsers treat as noise). Already kept: no new request.
 */
export async function requestPersistence(
  manager: PersistenceManager | undefined = browserManager(),
): Promise<StoragePersistence> {
  if (typeof manager?.persist !== 'function') return 'unsupported';
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'kept';
    return (await manager.persist()) ? 'kept' : 'may-be-cleared';
  } catch {
    return 'unsupported';
  }
}
