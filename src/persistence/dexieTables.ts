import type { Table } from 'dexie';
import { COLLECTIONS, type ReviewData } from '../domain/model';
import { chunkCommunications } from './CommunicationChunk';
import { CURRENT_DB_VERSION, REVIEW_SCOPED_TABLES } from './dbSchemas';
import type { GaplineDb } from './GaplineDb';
import { SCHEMA_META_KEY } from './MetaRow';
import { DatabaseOutdatedError, SchemaTooNewError } from './storageErrors';

/** Every table, for transactions that touch a whole review. */
export function allTables(db: GaplineDb): Table[] {
  return db.tables;
}

/**
 * Refuses a write when another tab upgraded the database or the stored schema is newer
 * than this code (reliability Table 1, rows 8 and 9). Call inside the write transaction.
 */
export async function assertWritable(db: GaplineDb): Promise<void> {
  if (db.outdated) throw new DatabaseOutdatedError();
  const meta = await db.meta.get(SCHEMA_META_KEY);
  if (meta !== undefined && meta.version > CURRENT_DB_VERSION) {
    throw new SchemaTooNewError(meta.version, CURRENT_DB_VERSION);
  }
}

/**
 * One read-write transaction that checks the database may be written
 * (`assertWritable`), nothing of it kept when it may not. An outdated connection is refused before the transaction starts,
 * since Dexie would otherwise report only that the database is closed.
 */
export async function writeTransaction<T>(
  db: GaplineDb,
  tables: Table[],
  body: () => Promise<T>,
): Promise<T> {
  if (db.outdated) throw new DatabaseOutdatedError();
  return db.transaction('rw', tables, async () => {
    // The schema check and the body's first reads go to the database together; a failed
    // check rejects first (its read was issued first) and aborts whatever the body wrote.
    const [, result] = await Promise.all([assertWritable(db), body()]);
    return result;
  });
}

/** Deletes a review and every record that belongs to it. Call inside a rw transaction. */
export async function deleteReviewRows(db: GaplineDb, reviewId: string): Promise<void> {
  for (const name of REVIEW_SCOPED_TABLES) {
    await db.table(name).where('reviewId').equals(reviewId).delete();
  }
  await db.reviews.delete(reviewId);
}

/**
 * Adds every record of a new review but its `reviews` row (the caller writes that with the
 * status it needs): communications in chunk records, the rest one record each. Call inside
 * a rw transaction.
 */
export async function addReviewRecords(db: GaplineDb, data: ReviewData): Promise<void> {
  await db.incidents.add(data.incident);
  if (data.session !== null) await db.sessions.add(data.session);
  if (data.preparation !== null) await db.preparations.add(data.preparation);
  for (const name of COLLECTIONS) {
    if (name === 'communications') continue;
    const rows = data[name];
    if (rows.length > 0) await db.table(name).bulkAdd([...rows]);
  }
  const chunks = chunkCommunications(data.review.id, data.communications);
  if (chunks.length > 0) await db.communicationChunks.bulkAdd(chunks);
}
