import type { Transaction } from 'dexie';
import type { Communication } from '../domain/model';
import { chunkCommunications, type CommunicationChunk } from './CommunicationChunk';
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
  // Version 4 moves every communication into its review's chunk records.
  4: async (tx) => {
    await moveCommunicationsToChunks(tx);
    await stampSchema(4)(tx);
  },
  // Version 5 adds an empty table of list rows, filled as reviews are listed.
  5: stampSchema(5),
};

/**
 * Version 4's move: each review's communications, as stored, into its chunk records (the
 * old table is still readable here; Dexie deletes it after the upgrade). Messages of a
 * review that no longer exists move too, so nothing is dropped by the upgrade.
 */
async function moveCommunicationsToChunks(tx: Transaction): Promise<void> {
  const all = await tx.table<Communication, string>('communications').toArray();
  const byReview = new Map<string, Communication[]>();
  for (const c of all) {
    const list = byReview.get(c.reviewId);
    if (list === undefined) byReview.set(c.reviewId, [c]);
    else list.push(c);
  }
  const chunks = [...byReview].flatMap(([reviewId, list]) => chunkCommunications(reviewId, list));
  if (chunks.length > 0) {
    await tx.table<CommunicationChunk, string>('communicationChunks').bulkAdd(chunks);
  }
}
