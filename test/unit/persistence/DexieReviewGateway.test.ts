/** What only the IndexedDB gateway does: imports across transactions, crashes, other tabs. */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import {
  MESSAGE_BUCKETS,
  chunkCommunications,
  chunkIdOf,
  type CommunicationChunk,
} from '../../../src/persistence/CommunicationChunk';
import { CURRENT_DB_VERSION, schemaAt } from '../../../src/persistence/dbSchemas';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { importLockName, type ImportLocks } from '../../../src/persistence/writeReviewChunked';
import { keepListItems, listItemRow } from '../../../src/persistence/keepListItems';
import { LIST_ITEM_VERSION } from '../../../src/persistence/ListItemRow';
import { SMALL_REVIEW_LONGEST_GAP, makeReviewData } from './makeReviewData';
import { isInternalized } from '../isInternalized';

let seq = 0;
let db: GaplineDb;
let gateway: DexieReviewGateway;

beforeEach(async () => {
  db = new GaplineDb(`dexie-gateway-${Date.now()}-${++seq}`);
  await db.open();
  gateway = new DexieReviewGateway(db, { locks: null });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** How many messages the chunk records hold. */
async function storedMessages(table: Dexie.Table<CommunicationChunk, string>): Promise<number> {
  const chunks = await table.toArray();
  return chunks.reduce((sum, chunk) => sum + chunk.communications.length, 0);
}

/** What a crash halfway through a chunked import leaves behind. */
async function writeHalfImport(): Promise<string> {
  const data = makeReviewData();
  await db.reviews.add({ ...data.review, status: 'importing' });
  await db.incidents.add(data.incident);
  await db.channels.bulkAdd([...data.channels]);
  await db.communicationChunks.bulkAdd(
    chunkCommunications(data.review.id, data.communications.slice(0, 2)),
  );
  return data.review.id;
}

/** Web Locks as one tab sees them: `held` names are imports running in some tab. */
function locksHolding(...names: string[]): ImportLocks {
  return {
    request: (_name, callback) => callback(),
    query: async () => ({ held: names.map((name) => ({ name })), pending: [] }),
  };
}

describe('chunked import', () => {
  it('keeps the review out of lists while it is importing', async () => {
    const data = makeReviewData({ extraCommunications: 1_997 });
    const seen: Promise<unknown>[] = [];
    await gateway.createReviewChunked(data, (written, total) => {
      if (written > 0 && written < total && seen.length === 0) {
        seen.push(
          db.reviews.get(data.review.id),
          gateway.listReviews(),
          gateway.loadReview(data.review.id),
        );
      }
    });
    const [row, list, loaded] = await Promise.all(seen);
    expect(row).toMatchObject({ status: 'importing' });
    expect(list).toEqual([]);
    expect(loaded).toBeNull();
    expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([data.review.id]);
  });

  it('deletes the partial review when a chunk fails for lack of space', async () => {
    const data = makeReviewData({ extraCommunications: 2_497 });
    const realBulkAdd = db.communicationChunks.bulkAdd.bind(db.communicationChunks);
    let calls = 0;
    vi.spyOn(db.communicationChunks, 'bulkAdd').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) {
        return Dexie.Promise.reject(
          Object.assign(new Error('Transaction aborted'), {
            name: 'AbortError',
            inner: new DOMException('Quota exceeded', 'QuotaExceededError'),
          }),
        );
      }
      return realBulkAdd(...args);
    });
    const failure = await gateway.createReviewChunked(data).catch((e: unknown) => e);
    expect(classifyStorageError(failure)).toBe('quota');
    expect(calls).toBe(2);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.communicationChunks.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
  });

  it('refuses to finish an import whose review was removed meanwhile', async () => {
    const data = makeReviewData({ extraCommunications: 1_997 });
    let removal: Promise<unknown> = Promise.resolve();
    let removed = false;
    const run = gateway.createReviewChunked(data, (written, total) => {
      if (written > 0 && written < total && !removed) {
        removed = true;
        removal = gateway.cleanUpInterruptedImports();
      }
    });
    await expect(run).rejects.toMatchObject({ name: 'ImportInterruptedError' });
    await removal;
    expect(await db.communicationChunks.count()).toBe(0);
  });

  it('does not overwrite an existing review with the same id', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    await expect(gateway.createReviewChunked(data)).rejects.toThrow();
    expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(3);
  });
});

describe('communications in chunk records', () => {
  it('rewrites only the record of the edited message, and deletes a record left empty', async () => {
    const data = makeReviewData({ extraCommunications: 297 });
    const id = data.review.id;
    await gateway.createReview(data);
    const before = new Map((await db.communicationChunks.toArray()).map((c) => [c.id, c]));
    const target = data.communications[5]!;
    const targetChunk = chunkIdOf(id, target.id);
    await gateway.apply(id, [
      { type: 'put', collection: 'communications', record: { ...target, text: 'Edited' } },
    ]);
    const after = await db.communicationChunks.toArray();
    expect(after).toHaveLength(before.size);
    for (const chunk of after) {
      if (chunk.id === targetChunk) {
        expect(chunk.communications.find((m) => m.id === target.id)?.text).toBe('Edited');
        expect(chunk.communications).toHaveLength(before.get(chunk.id)!.communications.length);
      } else {
        expect(chunk).toEqual(before.get(chunk.id));
      }
    }

    // Deleting every message of that record deletes the record.
    const inChunk = after.find((c) => c.id === targetChunk)!.communications;
    await gateway.apply(
      id,
      inChunk.map((m) => ({
        type: 'delete' as const,
        collection: 'communications' as const,
        id: m.id,
      })),
    );
    expect(await db.communicationChunks.get(targetChunk)).toBeUndefined();
    const loaded = await gateway.loadReview(id);
    expect(loaded?.communications).toHaveLength(data.communications.length - inChunk.length);
  });

  it('adds a new message to the record of its bucket, creating it when needed', async () => {
    const data = makeReviewData();
    const id = data.review.id;
    await gateway.createReview(data);
    const added = { ...data.communications[0]!, id: `${id}:added`, text: 'Added later' };
    await gateway.apply(id, [{ type: 'put', collection: 'communications', record: added }]);
    const chunk = await db.communicationChunks.get(chunkIdOf(id, added.id));
    expect(chunk?.communications).toContainEqual(added);
    expect((await gateway.loadReview(id))?.communications).toHaveLength(4);
  });

  it('reads a 2,000-message review from at most MESSAGE_BUCKETS records', async () => {
    const data = makeReviewData({ extraCommunications: 1_997 });
    await gateway.createReviewChunked(data);
    expect(await db.communicationChunks.count()).toBeLessThanOrEqual(MESSAGE_BUCKETS);
    expect(await storedMessages(db.communicationChunks)).toBe(2_000);
    expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(2_000);
  });
});

describe('the head of a review', () => {
  it('reads a ready review and its incident alone; null for one importing or missing', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    expect(await gateway.loadReviewHead(data.review.id)).toEqual({
      review: { ...data.review, status: 'ready' },
      incident: data.incident,
    });
    const halfId = await writeHalfImport();
    expect(await gateway.loadReviewHead(halfId)).toBeNull();
    expect(await gateway.loadReviewHead('no-such-review')).toBeNull();
  });
});

describe('clean-up of interrupted imports', () => {
  it('deletes a review a crash left importing, with its records', async () => {
    const ready = makeReviewData();
    await gateway.createReview(ready);
    const halfId = await writeHalfImport();
    expect(await gateway.cleanUpInterruptedImports()).toEqual([halfId]);
    expect(await db.reviews.get(halfId)).toBeUndefined();
    expect(await db.communicationChunks.where('reviewId').equals(halfId).count()).toBe(0);
    expect(await db.incidents.where('reviewId').equals(halfId).count()).toBe(0);
    expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([ready.review.id]);
  });

  it('leaves an import alone while another tab holds its lock', async () => {
    const halfId = await writeHalfImport();
    const otherTab = new DexieReviewGateway(db, { locks: locksHolding(importLockName(halfId)) });
    expect(await otherTab.cleanUpInterruptedImports()).toEqual([]);
    expect(await db.reviews.get(halfId)).toMatchObject({ status: 'importing' });
  });

  it('holds the import lock while importing', async () => {
    const requested: string[] = [];
    const locks: ImportLocks = {
      request: (name, callback) => {
        requested.push(name);
        return callback();
      },
      query: async () => ({ held: [], pending: [] }),
    };
    const data = makeReviewData();
    await new DexieReviewGateway(db, { locks }).createReviewChunked(data);
    expect(requested).toEqual([importLockName(data.review.id)]);
  });
});

describe('writes refused after an upgrade elsewhere', () => {
  it('refuses to write when the stored schema is newer than this code', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    await db.meta.put({ key: 'schema', version: 99 });
    const failure = await gateway
      .apply(data.review.id, [
        { type: 'delete', collection: 'communications', id: data.communications[0]!.id },
      ])
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'SchemaTooNewError' });
    expect(classifyStorageError(failure)).toBe('version');
    expect(await storedMessages(db.communicationChunks)).toBe(3);
  });

  it('stops writing once another tab opens a newer version (reliability row 8)', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    const newer = new Dexie(db.name);
    newer.version(CURRENT_DB_VERSION + 1).stores(schemaAt(CURRENT_DB_VERSION));
    await newer.open();
    expect(db.outdated).toBe(true);
    const failure = await gateway
      .apply(data.review.id, [
        { type: 'delete', collection: 'communications', id: data.communications[0]!.id },
      ])
      .catch((e: unknown) => e);
    expect(classifyStorageError(failure)).toBe('version');
    expect(await storedMessages(newer.table('communicationChunks'))).toBe(3);
    newer.close();
  });
});

describe('the review list', () => {
  /** Whole-review reads (the private `readReview`, which reads every table of a review). */
  const spyReads = () =>
    vi.spyOn(gateway as unknown as { readReview: (id: string) => Promise<unknown> }, 'readReview');

  it('lists a review it just wrote without reading it back, and re-reads only what changed', async () => {
    const a = makeReviewData();
    const b = makeReviewData();
    await gateway.createReview(a);
    await gateway.createReviewChunked(b);
    const reads = spyReads();
    const first = await gateway.listReviews();
    expect(first.map((i) => i.review.id).sort()).toEqual([a.review.id, b.review.id].sort());
    expect(reads).not.toHaveBeenCalled();

    // An edit of one review: the list reads that one again and shows the change.
    await gateway.apply(a.review.id, [
      { type: 'put-incident', record: { ...a.incident, title: 'Renamed outage' } },
    ]);
    reads.mockClear();
    const second = await gateway.listReviews();
    expect(second.find((i) => i.review.id === a.review.id)?.incidentTitle).toBe('Renamed outage');
    expect(reads.mock.calls).toEqual([[a.review.id]]);

    await gateway.deleteReview(b.review.id);
    expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([a.review.id]);
  });

  it('sees another window’s edit: the stored review’s updatedAt moved on', async () => {
    const a = makeReviewData();
    await gateway.createReview(a);
    await gateway.listReviews();
    const other = new DexieReviewGateway(db, {
      locks: null,
      now: () => a.review.updatedAt + 60_000,
    });
    await other.apply(a.review.id, [
      { type: 'put-incident', record: { ...a.incident, title: 'Edited elsewhere' } },
    ]);
    const [item] = await gateway.listReviews();
    expect(item?.incidentTitle).toBe('Edited elsewhere');
  });
});

describe('the kept list rows (schema version 5)', () => {
  const spyReadsOf = (g: DexieReviewGateway) =>
    vi.spyOn(g as unknown as { readReview: (id: string) => Promise<unknown> }, 'readReview');

  it('list a review in a new window (a page opened again) without reading its messages', async () => {
    const a = makeReviewData();
    await gateway.createReview(a);
    const inThisWindow = await gateway.listReviews();
    // A new window on the same database: nothing in memory.
    const later = new DexieReviewGateway(db, { locks: null });
    const reads = spyReadsOf(later);
    const chunkReads = vi.spyOn(db.communicationChunks, 'bulkGet');
    const listed = await later.listReviews();
    expect(reads).not.toHaveBeenCalled();
    expect(chunkReads).not.toHaveBeenCalled();
    expect(listed).toEqual(inThisWindow);
    expect(listed[0]?.longestGap).toBe(SMALL_REVIEW_LONGEST_GAP);
  });

  it('are made again after an edit from any window, once, and then kept', async () => {
    const a = makeReviewData();
    await gateway.createReview(a);
    await gateway.listReviews();
    const other = new DexieReviewGateway(db, { locks: null });
    await other.apply(a.review.id, [
      { type: 'put-incident', record: { ...a.incident, title: 'Edited elsewhere' } },
    ]);
    expect((await db.listItems.get(a.review.id))?.item).toBeNull();
    const later = new DexieReviewGateway(db, { locks: null });
    const reads = spyReadsOf(later);
    expect((await later.listReviews())[0]?.incidentTitle).toBe('Edited elsewhere');
    expect((await later.listReviews())[0]?.incidentTitle).toBe('Edited elsewhere');
    expect(reads.mock.calls).toEqual([[a.review.id]]);
  });

  it('are made again when they were made under another LIST_ITEM_VERSION', async () => {
    const a = makeReviewData();
    await gateway.createReview(a);
    const [made] = await gateway.listReviews();
    const row = await db.listItems.get(a.review.id);
    if (row?.item == null) throw new Error('no kept row');
    await db.listItems.put({
      ...row,
      version: LIST_ITEM_VERSION - 1,
      item: { ...row.item, longestGap: 999 },
    });
    const reads = spyReadsOf(gateway);
    const [listed] = await gateway.listReviews();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(listed).toEqual(made);
    expect((await db.listItems.get(a.review.id))?.version).toBe(LIST_ITEM_VERSION);
  });

  it('keep no row made from a read that a write overtook, nor one of a review since deleted', async () => {
    const a = makeReviewData();
    const b = makeReviewData();
    await gateway.createReview(a);
    await gateway.createReview(b);
    const [itemA, itemB] = await Promise.all(
      [a, b].map(async (data) =>
        (await gateway.listReviews()).find((i) => i.review.id === data.review.id),
      ),
    );
    if (itemA === undefined || itemB === undefined) throw new Error('not listed');
    await db.listItems.clear();
    // Made from what was read at generation 0; meanwhile an edit (generation 1).
    await gateway.apply(a.review.id, [
      { type: 'put-incident', record: { ...a.incident, title: 'Edited meanwhile' } },
    ]);
    await keepListItems(db, [listItemRow(itemA, 0)]);
    expect((await db.listItems.get(a.review.id))?.item).toBeNull();
    // Made at the generation the edit left: kept.
    await keepListItems(db, [listItemRow(itemA, 1)]);
    expect((await db.listItems.get(a.review.id))?.item?.incidentTitle).toBe(itemA.incidentTitle);
    // A review deleted meanwhile gets no row back.
    await gateway.deleteReview(b.review.id);
    await keepListItems(db, [listItemRow(itemB, 0)]);
    expect(await db.listItems.get(b.review.id)).toBeUndefined();
  });

  it('go with their review when it is deleted', async () => {
    const a = makeReviewData();
    await gateway.createReview(a);
    await gateway.listReviews();
    expect(await db.listItems.count()).toBe(1);
    await gateway.deleteReview(a.review.id);
    expect(await db.listItems.count()).toBe(0);
  });
});

describe('a review read back', () => {
  it('reads its chunk records a request each (the page decodes each answer as a task)', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    const ids = (await db.communicationChunks.toArray()).map((c) => c.id).sort();
    expect(ids.length).toBeGreaterThan(1);
    const byKey = vi.spyOn(db.communicationChunks, 'bulkGet');
    const read = await gateway.loadReview(data.review.id);
    expect(byKey).toHaveBeenCalledTimes(1);
    expect([...(byKey.mock.calls[0]?.[0] ?? [])].map(String).sort()).toEqual(ids);
    expect(read?.communications).toEqual(
      [...data.communications].sort((a, b) => a.instant - b.instant || a.order - b.order),
    );
  });

  it("carries the code's own kind strings, not the copies IndexedDB decodes", async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    const stored = await db.communicationChunks.toArray();
    expect(stored.flatMap((c) => c.communications).some((c) => isInternalized(c.kind))).toBe(false);
    const read = await gateway.loadReview(data.review.id);
    expect(read?.communications.length).toBe(data.communications.length);
    expect(read?.communications.every((c) => isInternalized(c.kind))).toBe(true);
  });
});
