import type { Operation, ReviewListItem } from '../domain/reviewGateway';
import type {
  Channel,
  Communication,
  Incident,
  Note,
  Phase,
  Review,
  ReviewData,
} from '../domain/model';
import { assertOperation } from './assertOperation';
import { assertReviewData } from './assertReviewData';
import { canonicalReviewData } from './canonicalReviewData';
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
  private readonly channels = new Map<string, Channel>();
  private readonly communications = new Map<string, Communication>();
  private readonly phases = new Map<string, Phase>();
  private readonly notes = new Map<string, Note>();
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
          review = op.record;
          break;
        case 'put-communication':
          writes.push(this.put(this.communications, reviewId, op.record));
          break;
        case 'put-channel':
          writes.push(this.put(this.channels, reviewId, op.record));
          break;
        case 'put-incident':
          writes.push(this.putIncident(reviewId, op.record));
          break;
        case 'put-phase':
          writes.push(this.put(this.phases, reviewId, op.record));
          break;
        case 'put-note':
          writes.push(this.put(this.notes, reviewId, op.record));
          break;
        case 'delete-communication':
          writes.push(this.remove(this.communications, reviewId, op.id));
          break;
        case 'delete-channel':
          writes.push(this.remove(this.channels, reviewId, op.id));
          break;
        case 'delete-phase':
          writes.push(this.remove(this.phases, reviewId, op.id));
          break;
        case 'delete-note':
          writes.push(this.remove(this.notes, reviewId, op.id));
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
    const ids: [Map<string, Owned>, readonly Owned[]][] = [
      [this.incidents, [copy.incident]],
      [this.channels, copy.channels],
      [this.communications, copy.communications],
      [this.phases, copy.phases],
      [this.notes, copy.notes],
    ];
    const duplicate = ids.some(([map, rows]) => rows.some((r) => map.has(r.id)));
    if (clash || duplicate) throw new Error(`Review ${id} has a record id that already exists.`);
    this.reviews.set(id, { ...copy.review, status });
    this.incidents.set(copy.incident.id, copy.incident);
    for (const c of copy.channels) this.channels.set(c.id, c);
    for (const c of copy.communications) this.communications.set(c.id, c);
    for (const p of copy.phases) this.phases.set(p.id, p);
    for (const n of copy.notes) this.notes.set(n.id, n);
  }

  private readReview(reviewId: string): ReviewData | null {
    const review = this.reviews.get(reviewId);
    const incident = [...this.incidents.values()].find((i) => i.reviewId === reviewId);
    if (review === undefined || incident === undefined) return null;
    const of = <T extends Owned>(map: Map<string, T>): T[] =>
      [...map.values()].filter((r) => r.reviewId === reviewId);
    return canonicalReviewData({
      review,
      incident,
      channels: of(this.channels),
      communications: of(this.communications),
      phases: of(this.phases),
      notes: of(this.notes),
    });
  }

  private deleteRows(reviewId: string): void {
    const maps = [this.incidents, this.channels, this.communications, this.phases, this.notes];
    for (const map of maps) {
      for (const [id, row] of map) if (row.reviewId === reviewId) map.delete(id);
    }
    this.reviews.delete(reviewId);
  }

  private assertOwned(map: Map<string, Owned>, reviewId: string, id: string): void {
    const existing = map.get(id);
    if (existing !== undefined && existing.reviewId !== reviewId)
      throw new ForeignRecordError(reviewId, id);
  }

  private put<T extends Owned>(map: Map<string, T>, reviewId: string, record: T): () => void {
    this.assertOwned(map, reviewId, record.id);
    return () => map.set(record.id, record);
  }

  private putIncident(reviewId: string, record: Incident): () => void {
    this.assertOwned(this.incidents, reviewId, record.id);
    const other = [...this.incidents.values()].find(
      (i) => i.reviewId === reviewId && i.id !== record.id,
    );
    if (other !== undefined)
      throw new Error(`Review ${reviewId} already has incident ${other.id}.`);
    return () => this.incidents.set(record.id, record);
  }

  private remove(map: Map<string, Owned>, reviewId: string, id: string): () => void {
    this.assertOwned(map, reviewId, id);
    return () => map.delete(id);
  }
}
