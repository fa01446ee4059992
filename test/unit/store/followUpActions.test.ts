/** Follow-up: marking an earlier review's action done writes it into that review, once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/store/AppState';
import { at } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

describe.each<GatewayKind>(['memory', 'dexie'])('setEarlierActionStatus (%s)', (kind) => {
  let h: Harness;
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;

  beforeEach(async () => {
    h = await makeHarness(kind);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('saves the new status in the earlier review and keeps it listed with that status', async () => {
    const earlier = makeReviewData({ review: { createdAt: at(1), updatedAt: at(1) } });
    const now = makeReviewData({ review: { createdAt: at(2), updatedAt: at(2) } });
    await actions().createReviews([earlier, now]);
    await actions().openReview(now.review.id);
    const [action] = earlier.actions;
    if (action === undefined) throw new Error('the small review has an action');
    expect(state().reviews.find((i) => i.review.id === earlier.review.id)?.pendingActions).toEqual([
      action,
    ]);

    h.clock.now = at(3);
    await actions().setEarlierActionStatus(earlier.review.id, action.id, 'done');

    const stored = await h.storage.loadReview(earlier.review.id);
    expect(stored?.actions).toEqual([{ ...action, status: 'done', updatedAt: at(3) }]);
    // The open review is untouched, and the list shows the new status until re-read.
    expect(state().current?.review.id).toBe(now.review.id);
    expect(state().current?.actions).toEqual(now.actions);
    const listed = state().reviews.find((i) => i.review.id === earlier.review.id);
    expect(listed?.pendingActions[0]?.status).toBe('done');
    expect(state().save.state).toBe('saved');

    // Read again, a done action is no longer pending.
    await actions().refreshReviews();
    expect(state().reviews.find((i) => i.review.id === earlier.review.id)?.pendingActions).toEqual(
      [],
    );
  });

  it('refuses an action that is not pending in that review and writes nothing', async () => {
    const earlier = makeReviewData();
    await actions().createReviews([earlier]);
    await expect(
      actions().setEarlierActionStatus(earlier.review.id, 'nope', 'done'),
    ).rejects.toThrow(/not in review/);
    expect((await h.storage.loadReview(earlier.review.id))?.actions).toEqual(earlier.actions);
  });
});
