/**
 * Schema version 4 (issue 9): the upgrade moves every communication of a version-3
 * database into its review's chunk records, loses none, mixes no review with another,
 * and deletes the old table.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, type Communication } from '../../../src/domain/model';
import { MESSAGE_BUCKETS, chunkIdOf } from '../../../src/persistence/CommunicationChunk';
import { CURRENT_DB_VERSION, schemaAt } from '../../../src/persistence/dbSchemas';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { canonical, makeReviewData } from './makeReviewData';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A version-3 database holding `reviews` whole, one record per communication. */
async function version3With(name: string, reviews: ReturnType<typeof makeReviewData>[]) {
  const v3 = new Dexie(name);
  v3.version(3).stores(schemaAt(3));
  await v3.open();
  await v3.transaction('rw', v3.tables, async () => {
    await v3.table('meta').put({ key: 'schema', version: 3 });
    for (const data of reviews) {
      await v3.table('reviews').add({ ...data.review, status: 'ready' });
      await v3.table('incidents').add(data.incident);
      if (data.session !== null) await v3.table('sessions').add(data.session);
      if (data.preparation !== null) await v3.table('preparations').add(data.preparation);
      for (const collection of COLLECTIONS)
        await v3.table(collection).bulkAdd([...data[collection]]);
    }
  });
  v3.close();
}

describe('upgrade to version 4 (communications in chunk records)', () => {
  it('moves every message of every review into its own chunk records', async () => {
    const name = `chunk-migration-${Date.now()}`;
    names.push(name);
    const big = makeReviewData({ extraCommunications: 1_497 });
    const small = makeReviewData();
    // An orphan message (its review gone) moves too: the upgrade drops nothing.
    const orphan: Communication = { ...small.communications[0]!, id: 'orphan', reviewId: 'gone' };
    await version3With(name, [big, small]);
    const raw = new Dexie(name);
    raw.version(3).stores(schemaAt(3));
    await raw.open();
    await raw.table('communications').add(orphan);
    raw.close();

    const db = new GaplineDb(name);
    await db.open();
    // Opened by the current code: through version 4's move, then the versions after it.
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('communications');
    expect(await db.meta.get('schema')).toEqual({ key: 'schema', version: CURRENT_DB_VERSION });

    const chunks = await db.communicationChunks.toArray();
    for (const chunk of chunks) {
      expect(chunk.communications.length).toBeGreaterThan(0);
      for (const m of chunk.communications) {
        expect(m.reviewId).toBe(chunk.reviewId);
        expect(chunkIdOf(chunk.reviewId, m.id)).toBe(chunk.id);
      }
    }
    const ofReview = (id: string) => chunks.filter((c) => c.reviewId === id);
    expect(ofReview(big.review.id).length).toBeLessThanOrEqual(MESSAGE_BUCKETS);
    expect(ofReview('gone').flatMap((c) => c.communications)).toEqual([orphan]);

    const gateway = new DexieReviewGateway(db, { locks: null });
    expect(await gateway.loadReview(big.review.id)).toEqual(canonical(big));
    expect(await gateway.loadReview(small.review.id)).toEqual(canonical(small));
    db.close();
  });
});
