import { describe, expect, it } from 'vitest';
import {
  CHUNKING_SLICE,
  DuplicateMessageError,
  MESSAGE_BUCKETS,
  bucketOf,
  chunkCommunications,
  chunkCommunicationsInSlices,
  chunkIdOf,
  messagesOf,
} from '../../../src/persistence/CommunicationChunk';
import { seededRandom } from '../../bench/lib/seededRandom.mjs';
import { makeReviewData } from './makeReviewData';

describe('bucketOf', () => {
  it('is FNV-1a of the id modulo the buckets, the same on every run', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
    expect(bucketOf('a')).toBe(0xe40c292c % MESSAGE_BUCKETS);
    expect(bucketOf('')).toBe(0x811c9dc5 % MESSAGE_BUCKETS);
    expect(chunkIdOf('r1', 'a')).toBe(`r1#${0xe40c292c % MESSAGE_BUCKETS}`);
  });

  it('spreads 100,000 random ids evenly (each bucket within 15 % of the mean)', () => {
    // Version-4 UUIDs from a seeded generator: the same 100,000 on every run (with fresh
    // random ones, a bucket 4 standard deviations off the mean failed one run in ~300).
    const random = seededRandom(20261203);
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
    const uuid = () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
    const counts = new Array<number>(MESSAGE_BUCKETS).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const bucket = bucketOf(uuid());
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const mean = 100_000 / MESSAGE_BUCKETS;
    expect(Math.min(...counts)).toBeGreaterThan(mean * 0.85);
    expect(Math.max(...counts)).toBeLessThan(mean * 1.15);
  });

  it('spreads sequential import ids (line:1, line:2, …) evenly too', () => {
    const counts = new Array<number>(MESSAGE_BUCKETS).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const bucket = bucketOf(`review-1:line:${i}`);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const mean = 100_000 / MESSAGE_BUCKETS;
    expect(Math.min(...counts)).toBeGreaterThan(mean * 0.85);
    expect(Math.max(...counts)).toBeLessThan(mean * 1.15);
  });
});

describe('chunkCommunications', () => {
  it('puts each message in the record of its bucket, every message once', () => {
    const data = makeReviewData({ extraCommunications: 500 });
    const chunks = chunkCommunications(data.review.id, data.communications);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    for (const chunk of chunks) {
      expect(chunk.reviewId).toBe(data.review.id);
      for (const m of chunk.communications) expect(chunkIdOf(data.review.id, m.id)).toBe(chunk.id);
    }
    expect(
      messagesOf(chunks)
        .map((m) => m.id)
        .sort(),
    ).toEqual(data.communications.map((m) => m.id).sort());
  });

  it('makes no record for no message', () => {
    expect(chunkCommunications('r', [])).toEqual([]);
  });

  it('refuses a message id twice and a message of another review', () => {
    const data = makeReviewData();
    const [first] = data.communications;
    expect(() =>
      chunkCommunications(data.review.id, [...data.communications, { ...first!, text: 'again' }]),
    ).toThrow(DuplicateMessageError);
    expect(() =>
      chunkCommunications(data.review.id, [{ ...first!, reviewId: 'elsewhere' }]),
    ).toThrow(/belongs to review elsewhere/);
  });
});

describe('chunkCommunicationsInSlices', () => {
  it('gives the very records of chunkCommunications, pausing between slices', async () => {
    const data = makeReviewData({ extraCommunications: 2 * CHUNKING_SLICE + 10 });
    let pauses = 0;
    const sliced = await chunkCommunicationsInSlices(data.review.id, data.communications, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(sliced).toEqual(chunkCommunications(data.review.id, data.communications));
    expect(pauses).toBe(Math.ceil(data.communications.length / CHUNKING_SLICE) - 1);
  });

  it('refuses a repeated id even when the two are slices apart', async () => {
    const data = makeReviewData({ extraCommunications: CHUNKING_SLICE + 5 });
    const [first] = data.communications;
    const list = [...data.communications, { ...first!, text: 'again' }];
    await expect(
      chunkCommunicationsInSlices(data.review.id, list, () => Promise.resolve()),
    ).rejects.toThrow(DuplicateMessageError);
  });
});
