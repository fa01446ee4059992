/** Builds a store on a real gateway (memory or Dexie on fake-indexeddb) with a test clock and ids. */
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { AppStore } from '../../../src/store/AppState';
import { createAppStore } from '../../../src/store/createAppStore';
import type { ReviewGateway } from '../../../src/domain/reviewGateway';
import { T0, at } from '../../factories/makeRecords';

export type GatewayKind = 'memory' | 'dexie';

export interface Harness {
  readonly store: AppStore;
  readonly gateway: ReviewGateway;
  /** A second gateway on the same storage: what a reload would read. */
  readonly storage: ReviewGateway;
  readonly clock: { now: number };
  readonly dispose: () => Promise<void>;
}

let seq = 0;

export async function makeHarness(
  kind: GatewayKind,
  wrap: (gateway: ReviewGateway) => ReviewGateway = (g) => g,
): Promise<Harness> {
  const clock = { now: at(1_000) };
  const now = (): number => clock.now;
  let ids = 0;
  const newId = (): string => `new-${++ids}`;
  if (kind === 'memory') {
    const storage = new MemoryReviewGateway({ now });
    const gateway = wrap(storage);
    const store = createAppStore(gateway, { newId, now, classifyError: classifyStorageError });
    return { store, gateway, storage, clock, dispose: async () => {} };
  }
  const db = new GaplineDb(`store-${Date.now()}-${++seq}`);
  await db.open();
  const storage = new DexieReviewGateway(db, { now, locks: null });
  const gateway = wrap(storage);
  const store = createAppStore(gateway, { newId, now, classifyError: classifyStorageError });
  return { store, gateway, storage, clock, dispose: () => db.delete() };
}

export const START = T0;
