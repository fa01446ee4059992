import type { ReviewData } from '../domain/model';
import { chunkCommunicationsInSlices, type CommunicationChunk } from './CommunicationChunk';
import { addReviewRecords, allTables, deleteReviewRows, writeTransaction } from './dexieTables';
import type { GaplineDb } from './GaplineDb';
import { IMPORT_CHUNK_SIZE, type ImportProgress } from './ReviewStorage';
import { ImportInterruptedError, importAbortedError } from './storageErrors';
import { yieldToPage } from './yieldToPage';

/** The part of the Web Locks API an import needs (`navigator.locks` satisfies it). */
export interface ImportLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  query(): Promise<{
    held?: readonly { name?: string }[] | undefined;
    pending?: readonly { name?: string }[] | undefined;
  }>;
}

/** The lock a running import holds, so another tab's clean-up leaves its review alone. */
export function importLockName(reviewId: string): string {
  return `gapline-import:${reviewId}`;
}

interface ChunkedWrite {
  readonly db: GaplineDb;
  readonly data: ReviewData;
  readonly onProgress: ImportProgress | undefined;
  readonly signal: AbortSignal | undefined;
  readonly locks: ImportLocks | null;
}

/**
 * A big import (reliability Table 1, row 12): the review is written `importing` with its
 * incident and every record but the communications; the communications' chunk records
 * follow with `bulkAdd` (never overwriting a record), in transactions of at least
 * `IMPORT_CHUNK_SIZE` messages; a final transaction checks that every chunk record is
 * there and flips the review to `ready`. Until then no list shows it. On abort or failure the partial review
 * is deleted; after a crash `cleanUpInterruptedImports` deletes it on the next start.
 */
export async function writeReviewChunked(write: ChunkedWrite): Promise<void> {
  const run = (): Promise<void> => runChunked(write);
  if (write.locks === null) return run();
  return write.locks.request(importLockName(write.data.review.id), run);
}

async function runChunked({ db, data, onProgress, signal }: ChunkedWrite): Promise<void> {
  const reviewId = data.review.id;
  const total = data.communications.length;
  const throwIfAborted = (): void => {
    if (signal?.aborted === true) throw importAbortedError();
  };
  // Sorted into their records before the first write, a slice per task.
  const chunks = await chunkCommunicationsInSlices(reviewId, data.communications, yieldToPage);
  throwIfAborted();
  await writeTransaction(db, allTables(db), async () => {
    await db.reviews.add({ ...data.review, status: 'importing' });
    // Everything but the communications, which follow in chunks.
    await addReviewRecords(db, { ...data, communications: [] });
  });
  try {
    onProgress?.(0, total);
    let done = 0;
    for (const batch of batchesOf(chunks)) {
      throwIfAborted();
      await writeTransaction(db, [db.reviews, db.communicationChunks, db.meta], async () => {
        await assertStillImporting(db, reviewId);
        await db.communicationChunks.bulkAdd(batch);
      });
      done += batch.reduce((sum, chunk) => sum + chunk.communications.length, 0);
      onProgress?.(done, total);
    }
    throwIfAborted();
    await writeTransaction(db, allTables(db), async () => {
      await assertStillImporting(db, reviewId);
      const written = await db.communicationChunks.where('reviewId').equals(reviewId).count();
      if (written !== chunks.length) throw new ImportInterruptedError(reviewId);
      await db.reviews.put({ ...data.review, status: 'ready' });
    });
  } catch (error) {
    await discardPartial(db, reviewId);
    throw error;
  }
}

/** Chunk records in groups of at least `IMPORT_CHUNK_SIZE` messages (the last may hold fewer). */
function batchesOf(chunks: readonly CommunicationChunk[]): CommunicationChunk[][] {
  const batches: CommunicationChunk[][] = [];
  let batch: CommunicationChunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.communications.length;
    if (size >= IMPORT_CHUNK_SIZE) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function assertStillImporting(db: GaplineDb, reviewId: string): Promise<void> {
  const review = await db.reviews.get(reviewId);
  if (review?.status !== 'importing') throw new ImportInterruptedError(reviewId);
}

/** Best effort: if even this fails, the next start's clean-up removes the review. */
async function discardPartial(db: GaplineDb, reviewId: string): Promise<void> {
  try {
    await db.transaction('rw', allTables(db), async () => {
      const review = await db.reviews.get(reviewId);
      if (review === undefined || review.status === 'importing')
        await deleteReviewRows(db, reviewId);
    });
  } catch {
    // The review stays `importing`, which no list shows; clean-up deletes it later.
  }
}
