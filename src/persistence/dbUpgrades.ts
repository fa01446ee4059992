import type { Transaction } from 'dexie';

/**
 * Data upgrades by Dexie version (none yet: version 1 is the first schema). An upgrade
 * runs inside the atomic versionchange transaction, so a throw leaves the old version
 * intact (reliability Table 1, row 11). Every upgrade must also set the meta row
 * `{ key: 'schema', version: N }`; the fixture test checks it.
 */
export const DB_UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {};
