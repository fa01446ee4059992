import type { Transaction } from 'dexie';
import { SCHEMA_META_KEY, type MetaRow } from './MetaRow';

/** Records that the database now holds schema `version` (the meta row every upgrade sets). */
const stampSchema = (version: number) => async (tx: Transaction) => {
  await tx.table<MetaRow, string>('meta').put({ key: SCHEMA_META_KEY, version });
};

/**
 * Data upgrades by Dexie version. An upgrade runs inside the atomic versionchange
 * transaction, so a throw leaves the old version intact (reliability Table 1, row 11).
 * Every upgrade must also set the meta row `{ key: 'schema', version: N }`; the fixture
 * test checks it.
 */
export const DB_UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  // Version 2 adds empty workshop tables; no row changes.
  2: stampSchema(2),
  // Version 3 adds an empty table of dismissed findings; no row changes.
  3: stampSchema(3),
};
