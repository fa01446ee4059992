/** Schema version 1 as the brief and architecture "Schema" define it. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_DB_VERSION,
  REVIEW_SCOPED_TABLES,
  schemaAt,
} from '../../../src/persistence/dbSchemas';
import {
  MESSAGE_BUCKETS,
  chunkCommunications,
  chunkIdOf,
} from '../../../src/persistence/CommunicationChunk';
import { DEFAULT_DB_NAME, GaplineDb } from '../../../src/persistence/GaplineDb';
import { makeReviewData } from './makeReviewData';

let db: GaplineDb | null = null;
let seq = 0;

afterEach(async () => {
  await db?.delete();
  db = null;
});

async function fresh(): Promise<GaplineDb> {
  db = new GaplineDb(`gapline-db-${Date.now()}-${++seq}`);
  await db.open();
  return db;
}

describe('GaplineDb', () => {
  it('is called gapline unless told otherwise', () => {
    expect(DEFAULT_DB_NAME).toBe('gapline');
    expect(new GaplineDb().name).toBe('gapline');
  });

  it('records the schema version in a meta row when the database is created', async () => {
    const created = await fresh();
    expect(await created.meta.toArray()).toEqual([{ key: 'schema', version: CURRENT_DB_VERSION }]);
  });

  it('has the tables and indexes of the current version (5)', async () => {
    const created = await fresh();
    const tables = Object.fromEntries(
      created.tables.map((t) => [
        t.name,
        [
          t.schema.primKey.name,
          ...t.schema.indexes.map((i) => (i.unique ? `&${i.name}` : i.name)),
        ].sort(),
      ]),
    );
    expect(tables).toEqual({
      reviews: ['id', 'status', 'updatedAt'],
      incidents: ['&reviewId', 'id'],
      channels: ['id', 'reviewId'],
      communicationChunks: ['id', 'reviewId'],
      phases: ['id', 'reviewId'],
      notes: ['id', 'reviewId'],
      rootCauses: ['id', 'reviewId'],
      actions: ['id', 'reviewId'],
      participants: ['id', 'reviewId'],
      attachments: ['id', 'reviewId'],
      meta: ['key'],
      sessions: ['&reviewId', 'id'],
      preparations: ['&reviewId', 'id'],
      votes: ['id', 'reviewId', 'rootCauseId'],
      whatIfs: ['id', 'reviewId'],
      dismissals: ['id', 'reviewId'],
      listItems: ['id', 'reviewId'],
    });
    expect(Object.keys(schemaAt(5)).sort()).toEqual(Object.keys(tables).sort());
    // Version 4 kept no list rows.
    expect(Object.keys(schemaAt(4))).not.toContain('listItems');
    // Version 1 had no workshop tables; version 2 no dismissed findings; version 3 one
    // record per communication.
    expect(Object.keys(schemaAt(1))).not.toContain('sessions');
    expect(Object.keys(schemaAt(2))).not.toContain('dismissals');
    expect(schemaAt(3)['communications']).toBe('id, reviewId, [reviewId+instant]');
    expect(Object.keys(schemaAt(3))).not.toContain('communicationChunks');
    for (const name of REVIEW_SCOPED_TABLES) expect(tables[name]).toContain('id');
  });

  it('allows one incident per review', async () => {
    const created = await fresh();
    const data = makeReviewData();
    await created.incidents.add(data.incident);
    await expect(created.incidents.add({ ...data.incident, id: 'second' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
  });

  it('stores a review’s communications in at most MESSAGE_BUCKETS records of its own', async () => {
    const created = await fresh();
    const data = makeReviewData({ extraCommunications: 997 });
    const chunks = chunkCommunications(data.review.id, data.communications);
    await created.communicationChunks.bulkAdd(chunks);
    const stored = await created.communicationChunks
      .where('reviewId')
      .equals(data.review.id)
      .toArray();
    expect(stored.length).toBeGreaterThan(MESSAGE_BUCKETS / 2);
    expect(stored.length).toBeLessThanOrEqual(MESSAGE_BUCKETS);
    expect(stored.flatMap((c) => c.communications.map((m) => m.id)).sort()).toEqual(
      data.communications.map((m) => m.id).sort(),
    );
    for (const chunk of stored) {
      for (const m of chunk.communications) expect(chunkIdOf(data.review.id, m.id)).toBe(chunk.id);
    }
  });
});
