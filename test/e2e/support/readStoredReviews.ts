// What the app's IndexedDB holds, read straight from the browser's storage (not through
// the app), for the crash and two-tab tests.
import type { Page } from 'playwright-core';

export interface StoredReviews {
  /** Review id → status. */
  readonly reviews: Record<string, string>;
  /** Review ids that have an incident row. */
  readonly incidents: string[];
  /** Every communication: its review, channel and text. */
  readonly communications: { reviewId: string; channelId: string; text: string }[];
  /** Every channel: its id and review. */
  readonly channels: { id: string; reviewId: string }[];
  /** Every note: its id, text and category. */
  readonly notes: {
    id: string;
    reviewId: string;
    text: string;
    category: string;
    offsetY: number;
  }[];
}

/** Reads the tables of database `dbName` in one read-only transaction. */
export function readStoredReviews(page: Page, dbName = 'gapline'): Promise<StoredReviews> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      // Communications are stored in chunk records of many messages (schema version 4).
      const tables = ['reviews', 'incidents', 'communicationChunks', 'channels', 'notes'];
      const tx = db.transaction(tables, 'readonly');
      const all = (table: string) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = tx.objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error ?? new Error(`read ${table} failed`));
        });
      const [reviews, incidents, chunks, channels, notes] = await Promise.all(tables.map(all));
      const communications = (chunks ?? []).flatMap(
        (chunk) => chunk.communications as Record<string, unknown>[],
      );
      const text = (v: unknown) => String(v ?? '');
      return {
        reviews: Object.fromEntries((reviews ?? []).map((r) => [text(r.id), text(r.status)])),
        incidents: (incidents ?? []).map((i) => text(i.reviewId)),
        communications: communications.map((c) => ({
          reviewId: text(c.reviewId),
          channelId: text(c.channelId),
          text: text(c.text),
        })),
        channels: (channels ?? []).map((c) => ({ id: text(c.id), reviewId: text(c.reviewId) })),
        notes: (notes ?? []).map((n) => ({
          id: text(n.id),
          reviewId: text(n.reviewId),
          text: text(n.text),
          category: text(n.category),
          offsetY: Number(n.offsetY),
        })),
      };
    } finally {
      db.close();
    }
  }, dbName);
}
