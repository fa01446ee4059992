import type { Table } from 'dexie';
import type { Operation, ReviewHead, ReviewListItem } from '../domain/reviewGateway';
import { COLLECTIONS, type Collection, type Communication, type ReviewData } from '../domain/model';
import { rebaseRecord } from '../domain/rebaseRecord';
import { shareDecodedStrings } from '../domain/shareDecodedStrings';
import { assertOperation } from './assertOperation';
import { assertReviewData } from './assertReviewData';
import { chunkIdOf, messagesOf, type CommunicationChunk } from './CommunicationChunk';
import { canonicalReviewData } from '../domain/canonicalReviewData';
import { addReviewRecords, allTables, deleteReviewRows, writeTransaction } from './dexieTables';
import type { GaplineDb } from './GaplineDb';
import { keepListItems, listItemRow } from './keepListItems';
import { LIST_ITEM_VERSION, type ListItemRow } from './ListItemRow';
import type { ImportProgress, ReviewStorage } from './ReviewStorage';
import { ForeignRecordError, IncompleteReviewError, ReviewNotFoundError } from './storageErrors';
import { compareListItems, toReviewListItem } from './toReviewListItem';
import { importLockName, writeReviewChunked, type ImportLocks } from './writeReviewChunked';
import { yieldToPage } from './yieldToPage';

type Owned = { readonly id: string; readonly reviewId: string };

export interface DexieGatewayDeps {
  readonly now?: () => number;
  /** Web Locks (one held per running import); default `navigator.locks` when present. */
  readonly locks?: ImportLocks | null;
}

function defaultLocks(): ImportLocks | null {
  const nav: { locks?: ImportLocks } | undefined = globalThis.navigator;
  return nav?.locks ?? null;
}

const SINGLE_TABLES = {
  'put-incident': 'incidents',
  'put-session': 'sessions',
  'put-preparation': 'preparations',
} as const;

/**
 * The tables one user action's operations touch, with `reviews` (its `updatedAt`),
 * `listItems` (its list row, made again after the write) and `meta` (the schema check): a
 * transaction over these only, not all eighteen — measured in Chromium, a saved edit took
 * ~60 ms over every table and a few ms over its own.
 */
function tablesOf(db: GaplineDb, operations: readonly Operation[]): Table[] {
  const names = new Set<string>(['reviews', 'listItems', 'meta']);
  for (const op of operations) {
    if (op.type === 'put' || op.type === 'delete') names.add(tableOf(op.collection));
    else if (op.type !== 'put-review') names.add(SINGLE_TABLES[op.type]);
  }
  return [...names].map((name) => db.table(name));
}

/** The table a collection is stored in: communications in their review's chunk records. */
const tableOf = (collection: Collection): string =>
  collection === 'communications' ? 'communicationChunks' : collection;

/** The review gateway on IndexedDB: every write is one Dexie transaction. */
export class DexieReviewGateway implements ReviewStorage {
  private readonly now: () => number;
  private readonly locks: ImportLocks | null;
  constructor(
    readonly db: GaplineDb,
    deps: DexieGatewayDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.locks = deps.locks === undefined ? defaultLocks() : deps.locks;
  }

  /**
   * The reviews ready to open, newest first. Each row comes from its kept list row
   * (`ListItemRow`) when one was made after the review's last write; only the others are
   * read whole (their messages too) to make theirs, which are then kept.
   */
  async listReviews(): Promise<readonly ReviewListItem[]> {
    const { db } = this;
    const { items, made } = await db.transaction('r', allTables(db), async () => {
      const [ready, rows] = await Promise.all([
        db.reviews.where('status').equals('ready').toArray(),
        db.listItems.toArray(),
      ]);
      const kept = new Map(rows.map((row) => [row.id, row]));
      const listed: ReviewListItem[] = [];
      const fresh: ListItemRow[] = [];
      for (const review of ready) {
        const row = kept.get(review.id);
        if (row?.item != null && row.version === LIST_ITEM_VERSION) {
          listed.push({ ...row.item, review });
          continue;
        }
        const data = await this.readReview(review.id);
        if (data === null) continue;
        const item = toReviewListItem(data);
        listed.push(item);
        fresh.push(listItemRow(item, row?.generation ?? 0));
      }
      return { items: listed.sort(compareListItems), made: fresh };
    });
    await keepListItems(db, made);
    return items;
  }

  async loadReview(reviewId: string): Promise<ReviewData | null> {
    const { db } = this;
    return db.transaction('r', allTables(db), async () => {
      const review = await db.reviews.get(reviewId);
      if (review === undefined || review.status !== 'ready') return null;
      const data = await this.readReview(reviewId);
      if (data === null) throw new IncompleteReviewError(reviewId);
      return data;
    });
  }

  async loadReviewHead(reviewId: string): Promise<ReviewHead | null> {
    const { db } = this;
    return db.transaction('r', [db.reviews, db.incidents], async () => {
      const [review, incident] = await Promise.all([
        db.reviews.get(reviewId),
        db.incidents.where('reviewId').equals(reviewId).first(),
      ]);
      if (review === undefined || review.status !== 'ready' || incident === undefined) return null;
      return { review, incident };
    });
  }

  async createReview(data: ReviewData): Promise<void> {
    assertReviewData(data);
    const { db } = this;
    await writeTransaction(db, allTables(db), async () => {
      await db.reviews.add({ ...data.review, status: 'ready' });
      await addReviewRecords(db, data);
    });
    this.remember(data);
  }

  /** Keeps the list row of a review just written whole, from the data in hand. */
  private async remember(data: ReviewData): Promise<void> {
    const item = toReviewListItem(
      canonicalReviewData({ ...data, review: { ...data.review, status: 'ready' } }),
    );
    await keepListItems(this.db, [listItemRow(item, 0)]);
  }

  async createReviewChunked(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void> {
    // A big import is written while its review opens: the task that opens the review ends
    // first, and the checks run in a task of their own.
    await yieldToPage();
    assertReviewData(data);
    await writeReviewChunked({ db: this.db, data, onProgress, signal, locks: this.locks });
    await this.remember(data);
  }

  /**
   * One user action's operations in one transaction, in three round trips to the database
   * whatever their number: every record the writes depend on is read at once, the writes
   * are worked out in memory (in operation order, each seeing the ones before it), then
   * issued together. Each round trip waits for the page's main thread, which is busy
   * redrawing right after an edit; awaiting each get and put in turn made a note move
   * take five or six of them.
   */
  async apply(reviewId: string, operations: readonly Operation[]): Promise<void> {
    for (const op of operations) assertOperation(reviewId, op);
    const { db } = this;
    await writeTransaction(db, tablesOf(db, operations), async () => {
      const keys = recordKeys(operations);
      const chunkIds = chunkIdsOf(reviewId, operations);
      const [stored, chunks, found, listRow] = await Promise.all([
        Promise.all(keys.map(({ table, id }) => db.table<Owned, string>(table).get(id))),
        chunkIds.length === 0 ? [] : db.communicationChunks.bulkGet(chunkIds),
        db.reviews.get(reviewId),
        db.listItems.get(reviewId),
      ]);
      if (found === undefined) throw new ReviewNotFoundError(reviewId);
      let review = found;
      const current = new Map<string, Owned | undefined>();
      keys.forEach((key, i) => {
        const record = stored[i];
        if (record !== undefined && record.reviewId !== reviewId) {
          throw new ForeignRecordError(reviewId, key.id);
        }
        current.set(keyOf(key.table, key.id), record);
      });
      // The messages of each chunk record the operations touch, by id.
      const messages = new Map<string, Map<string, Communication>>();
      chunkIds.forEach((id, i) => {
        const list = chunks[i]?.communications ?? [];
        messages.set(id, new Map(list.map((c) => [c.id, c])));
      });
      const writes: Promise<unknown>[] = [];
      for (const op of operations) {
        if (op.type === 'put-review') {
          review = latest(review, op.base, op.record);
          continue;
        }
        if (op.type === 'put' && op.collection === 'communications') {
          const chunk = messagesIn(messages, reviewId, op.record.id);
          chunk.set(op.record.id, latest(chunk.get(op.record.id), op.base, op.record));
          continue;
        }
        if (op.type === 'delete' && op.collection === 'communications') {
          messagesIn(messages, reviewId, op.id).delete(op.id);
          continue;
        }
        const { table, id } = recordKeyOf(op);
        const key = keyOf(table, id);
        if (op.type === 'delete') {
          writes.push(db.table(table).delete(id));
          current.set(key, undefined);
        } else {
          const base: Owned | undefined = op.base;
          const next = latest<Owned>(current.get(key), base, op.record);
          writes.push(db.table<Owned, string>(table).put(next));
          current.set(key, next);
        }
      }
      for (const [id, chunk] of messages) {
        const list = [...chunk.values()];
        writes.push(
          list.length === 0
            ? db.communicationChunks.delete(id)
            : db.communicationChunks.put({ id, reviewId, communications: list }),
        );
      }
      writes.push(db.reviews.put({ ...review, updatedAt: Math.max(this.now(), review.updatedAt) }));
      // Its list row is made again at the next listing; one being made now is not kept.
      writes.push(
        db.listItems.put({
          id: reviewId,
          reviewId,
          generation: (listRow?.generation ?? 0) + 1,
          version: LIST_ITEM_VERSION,
          item: null,
        }),
      );
      await Promise.all(writes);
    });
  }

  async deleteReview(reviewId: string): Promise<void> {
    const { db } = this;
    await writeTransaction(db, allTables(db), async () => {
      await deleteReviewRows(db, reviewId);
    });
  }

  async cleanUpInterruptedImports(): Promise<readonly string[]> {
    const { db } = this;
    const running = new Set<string>();
    if (this.locks !== null) {
      const snapshot = await this.locks.query();
      for (const lock of [...(snapshot.held ?? []), ...(snapshot.pending ?? [])]) {
        if (lock.name !== undefined) running.add(lock.name);
      }
    }
    return writeTransaction(db, allTables(db), async () => {
      const importing = await db.reviews.where('status').equals('importing').primaryKeys();
      const stale = importing.filter((id) => !running.has(importLockName(id)));
      for (const id of stale) await deleteReviewRows(db, id);
      return stale;
    });
  }

  close(): void {
    this.db.close();
  }

  /** Reads one review's records; null when the review or its incident is missing. */
  private async readReview(reviewId: string): Promise<ReviewData | null> {
    const { db } = this;
    const review = await db.reviews.get(reviewId);
    const incident = await db.incidents.where('reviewId').equals(reviewId).first();
    if (review === undefined || incident === undefined) return null;
    // Communications come from their chunk records; every other collection, a record each.
    const oneEach = COLLECTIONS.filter((name) => name !== 'communications');
    const [session, preparation, chunks, ...rows] = await Promise.all([
      db.sessions.where('reviewId').equals(reviewId).first(),
      db.preparations.where('reviewId').equals(reviewId).first(),
      readChunks(db, reviewId),
      ...oneEach.map((name) =>
        db.table<Owned, string>(name).where('reviewId').equals(reviewId).toArray(),
      ),
    ]);
    const communications = messagesOf(chunks);
    shareDecodedStrings(communications);
    const records = Object.fromEntries([
      ...oneEach.map((name, i) => [name, rows[i] ?? []]),
      ['communications', communications],
    ]);
    return canonicalReviewData({
      ...(records as unknown as Pick<ReviewData, Collection>),
      review,
      incident,
      session: session ?? null,
      preparation: preparation ?? null,
    });
  }
}

interface RecordKey {
  readonly table: string;
  readonly id: string;
}

/** The table and id of the record an operation writes or deletes. */
function recordKeyOf(op: Exclude<Operation, { type: 'put-review' }>): RecordKey {
  switch (op.type) {
    case 'put':
      return { table: op.collection, id: op.record.id };
    case 'delete':
      return { table: op.collection, id: op.id };
    default:
      return { table: SINGLE_TABLES[op.type], id: op.record.id };
  }
}

const keyOf = (table: string, id: string): string => `${table}\u0000${id}`;

/** The chunk records of the communications the operations touch, once each. */
function chunkIdsOf(reviewId: string, operations: readonly Operation[]): string[] {
  const ids = new Set<string>();
  for (const op of operations) {
    if (op.type === 'put' && op.collection === 'communications') {
      ids.add(chunkIdOf(reviewId, op.record.id));
    } else if (op.type === 'delete' && op.collection === 'communications') {
      ids.add(chunkIdOf(reviewId, op.id));
    }
  }
  return [...ids];
}

/** The messages (by id) of the chunk record that holds `messageId`, read by `apply`. */
function messagesIn(
  messages: ReadonlyMap<string, Map<string, Communication>>,
  reviewId: string,
  messageId: string,
): Map<string, Communication> {
  const chunk = messages.get(chunkIdOf(reviewId, messageId));
  if (chunk === undefined) throw new Error(`Chunk of message ${messageId} was not read.`);
  return chunk;
}

/** Every record the operations touch but communications, once each, in first-use order. */
function recordKeys(operations: readonly Operation[]): RecordKey[] {
  const keys = new Map<string, RecordKey>();
  for (const op of operations) {
    if (op.type === 'put-review') continue;
    if ((op.type === 'put' || op.type === 'delete') && op.collection === 'communications') continue;
    const key = recordKeyOf(op);
    keys.set(keyOf(key.table, key.id), key);
  }
  return [...keys.values()];
}

/**
 * What a put writes: with a `base`, only the fields the edit changed, over the record as
 * stored now (another window may have changed it since this one read it); a record that
 * is not stored any more (deleted elsewhere) is written whole, so the edit is not lost.
 */
function latest<T extends object>(stored: T | undefined, base: T | undefined, record: T): T {
  return stored === undefined || base === undefined ? record : rebaseRecord(stored, base, record);
}

/**
 * A review's chunk records, a request each: the browser decodes each answer as a task of
 * its own (~800 messages at 100,000), where one `getAll` of them all was one task of
 * ~430 ms on reopening a 100,000-message review (CPU profile), and reading the list of
 * reviews held the home page as long for each big one.
 */
async function readChunks(db: GaplineDb, reviewId: string): Promise<CommunicationChunk[]> {
  const ids = await db.communicationChunks.where('reviewId').equals(reviewId).primaryKeys();
  const chunks = await db.communicationChunks.bulkGet(ids);
  return chunks.filter((chunk): chunk is CommunicationChunk => chunk !== undefined);
}
