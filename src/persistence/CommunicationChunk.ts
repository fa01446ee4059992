import type { Communication } from '../domain/model';

/**
 * A review's communications are stored in `MESSAGE_BUCKETS` records per review (schema
 * version 4), not one record each: IndexedDB's cost is per record. Measured in this
 * machine's Chromium on 100,000 messages: one record each, written in 55 s and read back
 * in 2.6–2.8 s; in records of ~800, written in 1.3 s and read in 0.46–0.52 s; rewriting one
 * record of ~800 to edit a message took 30 ms.
 *
 * A message's record is found from its id alone (`bucketOf`), so an edit reads and writes
 * one record and no index maps ids to records (a multi-entry index of ids tripled the
 * write time, to 4.1 s). A review's records hold only its own messages: an operation of
 * one review can never touch another's.
 */
export interface CommunicationChunk {
  /** `<reviewId>#<bucket>` (`chunkIdOf`). */
  readonly id: string;
  readonly reviewId: string;
  readonly communications: readonly Communication[];
}

/**
 * Records per review. 128 keeps an edit's rewrite to ~800 messages at 100,000, and a
 * small review to one message a record.
 */
export const MESSAGE_BUCKETS = 128;

/** The bucket of a message id: FNV-1a (32-bit) of its UTF-16 code units, modulo the buckets. */
export function bucketOf(messageId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageId.length; i++) {
    hash ^= messageId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % MESSAGE_BUCKETS;
}

/** The id of the record that holds (or will hold) message `messageId` of review `reviewId`. */
export function chunkIdOf(reviewId: string, messageId: string): string {
  return `${reviewId}#${bucketOf(messageId)}`;
}

/** A duplicate message id within one review. */
export class DuplicateMessageError extends Error {
  constructor(reviewId: string, messageId: string) {
    super(`Review ${reviewId} has message ${messageId} twice.`);
    this.name = 'DuplicateMessageError';
  }
}

/**
 * The records of one review's communications: one per non-empty bucket, each message in
 * the given order. Throws `DuplicateMessageError` on a repeated id (one record each used
 * to refuse it as a key clash) and a `RangeError` on a message of another review.
 */
export function chunkCommunications(
  reviewId: string,
  communications: readonly Communication[],
): CommunicationChunk[] {
  const chunker = new Chunker(reviewId);
  for (const c of communications) chunker.add(c);
  return chunker.records();
}

/**
 * Messages sorted into their records between two pauses: 10,000 took ~13 ms warm, but up to
 * ~70 ms the first time (code not yet optimised, a CPU profile of a 10k import); 2,500 keep
 * even a cold slice short.
 */
export const CHUNKING_SLICE = 2_500;

/**
 * `chunkCommunications`, pausing (`pause`) after every `CHUNKING_SLICE` messages so the
 * page is not held: sorting 100,000 messages into their records took ~130 ms at once.
 */
export async function chunkCommunicationsInSlices(
  reviewId: string,
  communications: readonly Communication[],
  pause: () => Promise<void>,
): Promise<CommunicationChunk[]> {
  const chunker = new Chunker(reviewId);
  for (let start = 0; start < communications.length; start += CHUNKING_SLICE) {
    if (start > 0) await pause();
    const end = Math.min(communications.length, start + CHUNKING_SLICE);
    for (let i = start; i < end; i++) chunker.add(communications[i] as Communication);
  }
  return chunker.records();
}

/** Sorts one review's messages into their buckets, refusing repeats and strangers. */
class Chunker {
  private readonly buckets = new Map<number, Communication[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly reviewId: string) {}

  add(c: Communication): void {
    const { reviewId } = this;
    if (c.reviewId !== reviewId) {
      throw new RangeError(`Message ${c.id} belongs to review ${c.reviewId}, not ${reviewId}.`);
    }
    if (this.seen.has(c.id)) throw new DuplicateMessageError(reviewId, c.id);
    this.seen.add(c.id);
    const bucket = bucketOf(c.id);
    const list = this.buckets.get(bucket);
    if (list === undefined) this.buckets.set(bucket, [c]);
    else list.push(c);
  }

  records(): CommunicationChunk[] {
    return [...this.buckets].map(([bucket, list]) => ({
      id: `${this.reviewId}#${bucket}`,
      reviewId: this.reviewId,
      communications: list,
    }));
  }
}

/** Every message of the records, in record order. */
export function messagesOf(chunks: readonly CommunicationChunk[]): Communication[] {
  return chunks.flatMap((chunk) => chunk.communications);
}
