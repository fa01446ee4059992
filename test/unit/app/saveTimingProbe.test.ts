import { describe, expect, it } from 'vitest';
import { timedGateway } from '../../../src/app/saveTimingProbe';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { makeReviewData } from '../persistence/makeReviewData';

describe('timedGateway', () => {
  it('times each saved edit into window.gaplineSaves and passes everything else through', async () => {
    const storage = new MemoryReviewGateway();
    const gateway = timedGateway(storage);
    const data = makeReviewData();
    await gateway.createReview(data);
    expect(window.gaplineSaves?.durations()).toEqual([]);
    const note = data.notes[0];
    if (note === undefined) throw new Error('no note');
    await gateway.apply(data.review.id, [
      { type: 'put', collection: 'notes', record: { ...note, text: 'Edited' } },
    ]);
    await gateway.apply(data.review.id, [{ type: 'delete', collection: 'notes', id: note.id }]);
    const durations = window.gaplineSaves?.durations() ?? [];
    expect(durations).toHaveLength(2);
    expect(durations.every((d) => d >= 0 && Number.isFinite(d))).toBe(true);
    expect((await storage.loadReview(data.review.id))?.notes).toEqual([]);
    // The chunked writer and the rest are the storage's own, bound to it.
    expect(typeof gateway.createReviewChunked).toBe('function');
    expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([data.review.id]);
  });

  it('does not time a failed write', async () => {
    const gateway = timedGateway(new MemoryReviewGateway());
    await expect(
      gateway.apply('missing', [{ type: 'delete', collection: 'notes', id: 'x' }]),
    ).rejects.toThrow();
    expect(window.gaplineSaves?.durations()).toEqual([]);
  });
});
