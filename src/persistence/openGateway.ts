import { classifyStorageError, type StorageErrorKind } from './classifyStorageError';
import { CURRENT_DB_VERSION } from './dbSchemas';
import { DexieReviewGateway, type DexieGatewayDeps } from './DexieReviewGateway';
import { DEFAULT_DB_NAME, GaplineDb } from './GaplineDb';
import { MemoryReviewGateway } from './MemoryReviewGateway';
import { SCHEMA_META_KEY } from './MetaRow';
import type { ReviewStorage } from './ReviewStorage';
import { SchemaTooNewError } from './storageErrors';

export interface OpenedGateway {
  readonly gateway: ReviewStorage;
  readonly mode: 'indexeddb' | 'memory';
  /** Why the app runs in memory (shown in the banner); null in IndexedDB mode. */
  readonly reason: string | null;
  /** The classified cause of falling back to memory; null in IndexedDB mode. */
  readonly kind: StorageErrorKind | null;
  /**
   * Calls `listener` when a newer Gapline opens the database in another tab (this one then
   * refuses every write); returns the unsubscribe. Never called in memory mode.
   */
  readonly onOutdated: (listener: () => void) => () => void;
}

export interface OpenGatewayOptions extends DexieGatewayDeps {
  /** The IndexedDB factory to probe; default `globalThis.indexedDB` (tests pass `undefined`). */
  readonly indexedDB?: IDBFactory | undefined;
}

/**
 * Opens the database, or falls back to memory with a reason (reliability Table 1, rows
 * 6, 9 and 13): IndexedDB missing or blocked, the database failing to open, or data
 * written by a newer Gapline (never overwritten by older code). On success it deletes
 * reviews a crash left half-imported.
 */
export async function openGateway(
  dbName: string = DEFAULT_DB_NAME,
  options: OpenGatewayOptions = {},
): Promise<OpenedGateway> {
  const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  const memory = (reason: string, kind: StorageErrorKind): OpenedGateway => ({
    gateway: new MemoryReviewGateway(options.now === undefined ? {} : { now: options.now }),
    mode: 'memory',
    reason,
    kind,
    onOutdated: () => () => undefined,
  });
  if (factory === undefined || factory === null) {
    return memory(
      'This browser does not offer IndexedDB storage (private window or storage disabled).',
      'unavailable',
    );
  }
  let db: GaplineDb | null = null;
  try {
    db = new GaplineDb(dbName, factory);
    await db.open();
    // Dexie 4 opens a database of a higher version without complaint, so check both the
    // installed version (Dexie stores version N as IndexedDB version N × 10) and the meta row.
    const installed = Math.floor(db.backendDB().version / 10);
    const meta = await db.meta.get(SCHEMA_META_KEY);
    const stored = Math.max(installed, meta?.version ?? 0);
    if (stored > CURRENT_DB_VERSION) throw new SchemaTooNewError(stored, CURRENT_DB_VERSION);
    const gateway = new DexieReviewGateway(db, options);
    await gateway.cleanUpInterruptedImports();
    const opened = db;
    return {
      gateway,
      mode: 'indexeddb',
      reason: null,
      kind: null,
      onOutdated: (listener) => opened.onOutdated(listener),
    };
  } catch (error) {
    db?.close();
    const kind = classifyStorageError(error);
    const detail = error instanceof Error ? error.message : String(error);
    return memory(`Could not open the browser's storage: ${detail}`, kind);
  }
}
