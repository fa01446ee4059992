/** Reliability Table 1, rows 6, 9, 12 and 13: where the app keeps its data when it starts. */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkCommunications } from '../../../src/persistence/CommunicationChunk';
import { CURRENT_DB_VERSION, schemaAt } from '../../../src/persistence/dbSchemas';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { openGateway, type OpenedGateway } from '../../../src/persistence/openGateway';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { makeReviewData } from './makeReviewData';

let seq = 0;
const names: string[] = [];
const freshName = (): string => {
  const name = `open-gateway-${Date.now()}-${++seq}`;
  names.push(name);
  return name;
};
const opened: OpenedGateway[] = [];
const open = async (...args: Parameters<typeof openGateway>): Promise<OpenedGateway> => {
  const result = await openGateway(...args);
  opened.push(result);
  return result;
};

afterEach(async () => {
  vi.restoreAllMocks();
  for (const { gateway } of opened.splice(0)) {
    if (gateway instanceof DexieReviewGateway) gateway.close();
  }
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('openGateway', () => {
  it('opens IndexedDB when it works', async () => {
    const result = await open(freshName());
    expect(result.mode).toBe('indexeddb');
    expect(result.reason).toBeNull();
    expect(result.kind).toBeNull();
    const data = makeReviewData();
    await result.gateway.createReview(data);
    expect((await result.gateway.listReviews()).map((i) => i.review.id)).toEqual([data.review.id]);
  });

  it('deletes reviews a crash left half-imported', async () => {
    const name = freshName();
    const db = new GaplineDb(name);
    const data = makeReviewData();
    await db.reviews.add({ ...data.review, status: 'importing' });
    await db.communicationChunks.bulkAdd(chunkCommunications(data.review.id, data.communications));
    db.close();
    const result = await open(name, { locks: null });
    expect(result.mode).toBe('indexeddb');
    const check = new GaplineDb(name);
    expect(await check.reviews.count()).toBe(0);
    expect(await check.communicationChunks.count()).toBe(0);
    check.close();
  });

  it('falls back to memory when the browser has no IndexedDB', async () => {
    const result = await open(freshName(), { indexedDB: undefined });
    expect(result.mode).toBe('memory');
    expect(result.gateway).toBeInstanceOf(MemoryReviewGateway);
    expect(result.kind).toBe('unavailable');
    expect(result.reason).toMatch(/IndexedDB/);
    const data = makeReviewData();
    await result.gateway.createReview(data);
    expect(await result.gateway.loadReview(data.review.id)).not.toBeNull();
  });

  it('falls back to memory when opening the database fails', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    });
    const result = await open(freshName(), { indexedDB: factory });
    expect(result.mode).toBe('memory');
    expect(result.kind).toBe('unavailable');
    expect(result.reason).toMatch(/backing store/);
  });

  it('never writes into data from a newer Gapline (meta row)', async () => {
    const name = freshName();
    const db = new GaplineDb(name);
    await db.meta.put({ key: 'schema', version: 7 });
    db.close();
    const result = await open(name);
    expect(result.mode).toBe('memory');
    expect(result.kind).toBe('version');
    const check = new GaplineDb(name);
    expect(await check.meta.get('schema')).toEqual({ key: 'schema', version: 7 });
    check.close();
  });

  it('never writes into a database of a newer Dexie version', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(CURRENT_DB_VERSION + 1).stores({ ...schemaAt(1), votes: 'id, reviewId' });
    await newer.open();
    newer.close();
    const result = await open(name);
    expect(result.mode).toBe('memory');
    expect(result.kind).toBe('version');
  });
});
