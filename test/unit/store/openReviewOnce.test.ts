/**
 * The app starts reading the review it starts on as soon as storage is open, and the page
 * asks for it again when its code has loaded: one opening, one read. Any other open reads.
 */
import { describe, expect, it, vi } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { makeReviewData } from '../persistence/makeReviewData';

async function setup() {
  const gateway = new MemoryReviewGateway();
  const data = makeReviewData();
  await gateway.createReview(data);
  const reads = vi.spyOn(gateway, 'loadReview');
  const store = createAppStore(gateway);
  return { gateway, data, reads, store };
}

describe('openReview', () => {
  it('reads a review once when asked twice while opening it', async () => {
    const { data, reads, store } = await setup();
    const { actions } = store.getState();
    const first = actions.openReview(data.review.id);
    const second = actions.openReview(data.review.id);
    expect(second).toBe(first);
    await second;
    expect(reads).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ currentStatus: 'ready' });
    expect(store.getState().current?.review.id).toBe(data.review.id);
  });

  it('reads again after the review was closed, and for another review (the later wins)', async () => {
    const { gateway, data, reads, store } = await setup();
    const { actions } = store.getState();
    await actions.openReview(data.review.id);
    actions.closeReview();
    await actions.openReview(data.review.id);
    expect(reads).toHaveBeenCalledTimes(2);

    // Asked again while it is open: already open, nothing read.
    await actions.openReview(data.review.id);
    expect(reads).toHaveBeenCalledTimes(2);

    const other = makeReviewData();
    await gateway.createReview(other);
    actions.closeReview();
    const opening = actions.openReview(data.review.id);
    await actions.openReview(other.review.id);
    await opening;
    // The later choice wins: the first opening's result is not shown.
    expect(store.getState().current?.review.id).toBe(other.review.id);
    expect(reads).toHaveBeenCalledTimes(4);
  });

  it('holds the review’s head while its messages are read, and drops it once open', async () => {
    const { gateway, data, store } = await setup();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = gateway.loadReview.bind(gateway);
    Object.assign(gateway, {
      loadReviewHead: async (id: string) => {
        const whole = await load(id);
        return whole === null ? null : { review: whole.review, incident: whole.incident };
      },
      loadReview: async (id: string) => {
        const whole = await load(id);
        await held;
        return whole;
      },
    });
    const opening = store.getState().actions.openReview(data.review.id);
    await vi.waitFor(() =>
      expect(store.getState().opening?.incident.title).toBe(data.incident.title),
    );
    expect(store.getState().currentStatus).toBe('loading');
    release();
    await opening;
    expect(store.getState()).toMatchObject({ currentStatus: 'ready', opening: null });
  });
});
