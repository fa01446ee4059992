/** What only the IndexedDB gateway does: imports across transactions, crashes, other tabs. */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { CURRENT_DB_VERSION, schemaAt } from '../../../src/persistence/dbSchemas';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { importLockName, type ImportLocks } from '../../../src/persistence/writeReviewChunked';
import { makeReviewData } from './makeReviewData';

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

/** What a crash halfway through a chunked import leaves behind. */
async function writeHalfImport(): Promise<string> {
  const data = makeReviewData();
  await db.reviews.add({ ...data.review, status: 'importing' });
  await db.incidents.add(data.incident);
  await db.channels.bulkAdd([...data.channels]);
  await db.communications.bulkAdd(data.communications.slice(0, 2));
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
    await gateway.createReviewChunked(data, (written) => {
      if (written === 1_000) {
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
    const realBulkAdd = db.communications.bulkAdd.bind(db.communications);
    let calls = 0;
    vi.spyOn(db.communications, 'bulkAdd').mockImplementation((...args) => {
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
    expect(await db.reviews.count()).toBe(0);
    expect(await db.communications.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
  });

  it('refuses to finish an import whose review was removed meanwhile', async () => {
    const data = makeReviewData({ extraCommunications: 1_997 });
    let removal: Promise<unknown> = Promise.resolve();
    const run = gateway.createReviewChunked(data, (written) => {
      if (written === 1_000) removal = gateway.cleanUpInterruptedImports();
    });
    await expect(run).rejects.toMatchObject({ name: 'ImportInterruptedError' });
    await removal;
    expect(await db.communications.count()).toBe(0);
  });

  it('does not overwrite an existing review with the same id', async () => {
    const data = makeReviewData();
    await gateway.createReview(data);
    await expect(gateway.createReviewChunked(data)).rejects.toThrow();
    expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(3);
  });
});

describe('clean-up of interrupted imports', () => {
  it('deletes a review a crash left importing, with its records', async () => {
    const ready = makeReviewData();
    await gateway.createReview(ready);
    const halfId = await writeHalfImport();
    expect(await gateway.cleanUpInterruptedImports()).toEqual([halfId]);
    expect(await db.reviews.get(halfId)).toBeUndefined();
    expect(await db.communications.where('reviewId').equals(halfId).count()).toBe(0);
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
    expect(await db.communications.count()).toBe(3);
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
    expect(await newer.table('communications').count()).toBe(3);
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
