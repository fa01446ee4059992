/** The storage decorator tells the other windows about a write only once it completed. */
import { describe, expect, it } from 'vitest';
import { broadcastingGateway } from '../../../src/app/broadcastingGateway';
import type { ReviewData } from '../../../src/domain/model';
import type { Operation } from '../../../src/domain/reviewGateway';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { ReviewStorage } from '../../../src/persistence/ReviewStorage';
import { makeReviewData } from '../persistence/makeReviewData';

const quota = () => new Error('Transaction aborted: quota exceeded');

/** Memory storage whose writes fail while `failing`, logging each write as it completes. */
function storage(log: string[]): ReviewStorage & { failing: boolean } {
  const inner = new MemoryReviewGateway();
  const write =
    <A extends unknown[]>(name: string, run: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      if (wrapped.failing) throw quota();
      await run(...args);
      log.push(`written:${name}`);
    };
  const wrapped = {
    failing: false,
    listReviews: () => inner.listReviews(),
    loadReview: (id: string) => inner.loadReview(id),
    createReview: write('create', (data: ReviewData) => inner.createReview(data)),
    createReviewChunked: write('chunked', (data: ReviewData) => inner.createReviewChunked(data)),
    apply: write('apply', (id: string, ops: readonly Operation[]) => inner.apply(id, ops)),
    deleteReview: write('delete', (id: string) => inner.deleteReview(id)),
    cleanUpInterruptedImports: () => inner.cleanUpInterruptedImports(),
  };
  return wrapped;
}

function setup() {
  const log: string[] = [];
  const inner = storage(log);
  const gateway = broadcastingGateway(inner, (reviewId) => log.push(`changed:${reviewId}`));
  return { log, inner, gateway };
}

describe('broadcastingGateway', () => {
  it('announces each kind of write after it resolved, with the review id', async () => {
    const { log, gateway } = setup();
    const a = makeReviewData();
    const b = makeReviewData();
    await gateway.createReview(a);
    await gateway.createReviewChunked(b);
    await gateway.apply(a.review.id, [
      { type: 'delete', collection: 'communications', id: a.communications[0]!.id },
    ]);
    await gateway.deleteReview(b.review.id);
    expect(log).toEqual([
      'written:create',
      `changed:${a.review.id}`,
      'written:chunked',
      `changed:${b.review.id}`,
      'written:apply',
      `changed:${a.review.id}`,
      'written:delete',
      `changed:${b.review.id}`,
    ]);
  });

  it('never announces a failed write, and the failure reaches the caller', async () => {
    const { log, inner, gateway } = setup();
    const data = makeReviewData();
    await gateway.createReview(data);
    log.length = 0;
    inner.failing = true;
    await expect(gateway.apply(data.review.id, [])).rejects.toThrow(/quota/);
    await expect(gateway.createReview(makeReviewData())).rejects.toThrow(/quota/);
    await expect(gateway.createReviewChunked(makeReviewData())).rejects.toThrow(/quota/);
    await expect(gateway.deleteReview(data.review.id)).rejects.toThrow(/quota/);
    expect(log).toEqual([]);
  });

  it('reads straight through and announces nothing for a read', async () => {
    const { log, gateway } = setup();
    const data = makeReviewData();
    await gateway.createReview(data);
    log.length = 0;
    expect((await gateway.loadReview(data.review.id))?.review.id).toBe(data.review.id);
    expect((await gateway.listReviews()).map((i) => i.review.id)).toEqual([data.review.id]);
    expect(await gateway.cleanUpInterruptedImports()).toEqual([]);
    expect(log).toEqual([]);
  });

  it('resolves the write even when announcing it throws', async () => {
    const gateway = broadcastingGateway(new MemoryReviewGateway(), () => {
      throw new DOMException('closed', 'InvalidStateError');
    });
    await expect(gateway.createReview(makeReviewData())).resolves.toBeUndefined();
  });
});
