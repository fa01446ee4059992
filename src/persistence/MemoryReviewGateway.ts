import { rebaseRecord } from '../domain/rebaseRecord';
import type { Operation, ReviewListItem } from '../domain/reviewGateway';
import {
  COLLECTIONS,
  type Collection,
  type Incident,
  type Preparation,
  type Review,
  type ReviewData,
  type Session,
} from '../domain/model';
import { assertOperation } from './assertOperation';
import { assertReviewData } from './assertReviewData';
import { canonicalReviewData } from '../domain/canonicalReviewData';
import { IMPORT_CHUNK_SIZE, type ImportProgress, type ReviewStorage } from './ReviewStorage';
import {
  ForeignRecordError,
  IncompleteReviewError,
  ReviewNotFoundError,
  importAbortedError,
} from './storageErrors';
import { compareListItems, toReviewListItem } from './toReviewListItem';

type Owned = { readonly id: string; readonly reviewId: string };

/**
 * The review gateway in memory: for browsers without IndexedDB (private windows, storage
 * disabled) and for component tests. It behaves like the Dexie gateway (the same contract
 * suite runs against both): records are copied in and out, and a write that fails writes
 * nothing.
 */
export class MemoryReviewGateway implements ReviewStorage {
  private readonly reviews = new Map<string, Review>();
  private readonly incidents = new Map<string, Incident>();
  private readonly sessions = new Map<string, Session>();
  private readonly preparations = new Map<string, Preparation>();
  /** One map per collection (`channels`, `communications`, `notes`, …). */
  private readonly rows = new Map<Collection, Map<string, Owned>>(
    COLLECTIONS.map((name) => [name, new Map()]),
  );
  private readonly now: () => number;

  constructor(deps: { readonly now?: () => number } = {}) {
    this.now = deps.now ?? Date.now;
  }

  async listReviews(): Promise<readonly ReviewListItem[]> {
    const items: ReviewListItem[] = [];
    for (const review of this.reviews.values()) {
      if (review.status !== 'ready') continue;
      const data = this.readReview(review.id);
      if (data !== null) items.push(toReviewListItem(structuredClone(data)));
    }
    return items.sort(compareListItems);
  }

  async loadReview(reviewId: string): Promise<ReviewData | null> {
    const review = this.reviews.get(reviewId);
    if (review === undefined || review.status !== 'ready') return null;
    const data = this.readReview(reviewId);
    if (data === null) throw new IncompleteReviewError(reviewId);
    return structuredClone(data);
  }

  async createReview(data: ReviewData): Promise<void> {
    this.writeWhole(data, 'ready');
  }

  async createReviewChunked(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void> {
    const throwIfAborted = (): void => {
      if (signal?.aborted === true) throw importAbortedError();
    };
    throwIfAborted();
    assertReviewData(data);
    if (this.reviews.has(data.review.id)) throw new Error(`Review ${data.review.id} exists.`);
    const total = data.communications.length;
    onProgress?.(0, total);
    for (let written = IMPORT_CHUNK_SIZE; written < total; written += IMPORT_CHUNK_SIZE) {
      await Promise.resolve();
      throwIfAborted();
      onProgress?.(written, total);
    }
    await Promise.resolve();
    throwIfAborted();
    this.writeWhole(data, 'ready');
    onProgress?.(total, total);
  }

  async cleanUpInterruptedImports(): Promise<readonly string[]> {
    // A memory import is written in one step, so no review is ever left `importing`.
    const stale = [...this.reviews.values()]
      .filter((r) => r.status === 'importing')
      .map((r) => r.id);
    for (const id of stale) this.deleteRows(id);
    return stale;
  }

  async apply(reviewId: string, operations: readonly Operation[]): Promise<void> {
    for (const op of operations) assertOperation(reviewId, op);
    let review = this.reviews.get(reviewId);
    if (review === undefined) throw new ReviewNotFoundError(reviewId);
    const writes: (() => void)[] = [];
    for (const op of structuredClone(operations)) {
      switch (op.type) {
        case 'put-review':
          review = op.base === undefined ? op.record : rebaseRecord(review, op.base, op.record);
          break;
        case 'put-incident':
          writes.push(this.putSingle(this.incidents, reviewId, op.record, op.base));
          break;
        case 'put-session':
          writes.push(this.putSingle(this.sessions, reviewId, op.record, op.base));
          break;
        case 'put-preparation':
          writes.push(this.putSingle(this.preparations, reviewId, op.record, op.base));
          break;
        case 'put': {
          const base: Owned | undefined = op.base;
          writes.push(this.put(this.table(op.collection), reviewId, op.record, base));
          break;
        }
        case 'delete':
          writes.push(this.remove(this.table(op.collection), reviewId, op.id));
          break;
      }
    }
    // Every check passed: now write, so a rejected apply has written nothing.
    for (const write of writes) write();
    this.reviews.set(reviewId, { ...review, updatedAt: Math.max(this.now(), review.updatedAt) });
  }

  async deleteReview(reviewId: string): Promise<void> {
    this.deleteRows(reviewId);
  }

  private writeWhole(data: ReviewData, status: Review['status']): void {
    assertReviewData(data);
    const id = data.review.id;
    if (this.reviews.has(id)) throw new Error(`Review ${id} exists.`);
    const copy = structuredClone(data);
    const clash = [...this.incidents.values()].some((i) => i.reviewId === id);
    const singles: [Map<string, Owned>, Owned | null][] = [
      [this.incidents, copy.incident],
      [this.sessions, copy.session],
      [this.preparations, copy.preparation],
    ];
    const duplicate =
      singles.some(([map, row]) => row !== null && map.has(row.id)) ||
      COLLECTIONS.some(
        (name) =>
          copy[name].some((r) => this.table(name).has(r.id)) ||
          new Set(copy[name].map((r) => r.id)).size !== copy[name].length,
      );
    if (clash || duplicate) throw new Error(`Review ${id} has a record id that already exists.`);
    this.reviews.set(id, { ...copy.review, status });
    this.incidents.set(copy.incident.id, copy.incident);
    if (copy.session !== null) this.sessions.set(copy.session.id, copy.session);
    if (copy.preparation !== null) this.preparations.set(copy.preparation.id, copy.preparation);
    for (const name of COLLECTIONS) {
      const table = this.table(name);
      for (const row of copy[name]) table.set(row.id, row);
    }
  }

  private readReview(reviewId: string): ReviewData | null {
    const review = this.reviews.get(reviewId);
    const incident = [...this.incidents.values()].find((i) => i.reviewId === reviewId);
    if (review === undefined || incident === undefined) return null;
    const of = <T extends Owned>(map: Map<string, T>): T[] =>
      [...map.values()].filter((r) => r.reviewId === reviewId);
    const records = Object.fromEntries(COLLECTIONS.map((name) => [name, of(this.table(name))]));
    return canonicalReviewData({
      ...(records as unknown as Pick<ReviewData, Collection>),
      review,
      incident,
      session: of(this.sessions)[0] ?? null,
      preparation: of(this.preparations)[0] ?? null,
    });
  }

  private deleteRows(reviewId: string): void {
    const maps: Map<string, Owned>[] = [
      this.incidents,
      this.sessions,
      this.preparations,
      ...this.rows.values(),
    ];
    for (const map of maps) {
      for (const [id, row] of map) if (row.reviewId === reviewId) map.delete(id);
    }
    this.reviews.delete(reviewId);
  }

  private table(name: Collection): Map<string, Owned> {
    const table = this.rows.get(name);
    if (table === undefined) throw new Error(`Unknown collection ${name}`);
    return table;
  }

  private assertOwned<T extends Owned>(
    map: Map<string, T>,
    reviewId: string,
    id: string,
  ): T | undefined {
    const existing = map.get(id);
    if (existing !== undefined && existing.reviewId !== reviewId)
      throw new ForeignRecordError(reviewId, id);
    return existing;
  }

  /** With a base, only the fields the edit changed over the stored record (as Dexie does). */
  private put<T extends Owned>(
    map: Map<string, T>,
    reviewId: string,
    record: T,
    base?: T,
  ): () => void {
    this.assertOwned(map, reviewId, record.id);
    return () => {
      // Read when writing: an earlier put of the batch may have written this record.
      const stored = map.get(record.id);
      const next =
        stored === undefined || base === undefined ? record : rebaseRecord(stored, base, record);
      map.set(record.id, next);
    };
  }

  /** Incident, session, preparation: one per review. */
  private putSingle<T extends Owned>(
    map: Map<string, T>,
    reviewId: string,
    record: T,
    base?: T,
  ): () => void {
    const write = this.put(map, reviewId, record, base);
    const other = [...map.values()].find((r) => r.reviewId === reviewId && r.id !== record.id);
    if (other !== undefined) throw new Error(`Review ${reviewId} already has record ${other.id}.`);
    return write;
  }

  private remove(map: Map<string, Owned>, reviewId: string, id: string): () => void {
    this.assertOwned(map, reviewId, id);
    return () => map.delete(id);
  }
}
