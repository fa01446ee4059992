/**
 * Dismissing message-check findings (issue 7: "findings are hints, never verdicts"): each
 * dismissal and restore is one saved write a reload finds, undo reverts it, dismissing twice
 * keeps one record, and deleting a message takes its dismissals with it. Memory and Dexie.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/store/AppState';
import { makeReviewData } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

describe.each<GatewayKind>(['memory', 'dexie'])('finding dismissals on the %s gateway', (kind) => {
  let h: Harness;
  let reviewId = '';
  let messageId = '';
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;
  const saved = async () => {
    const data = await h.storage.loadReview(reviewId);
    if (data === null) throw new Error('review not saved');
    return data;
  };
  const pairs = (list: readonly { rule: string; communicationId: string | null }[]) =>
    list.map((d) => [d.rule, d.communicationId]);

  beforeEach(async () => {
    h = await makeHarness(kind);
    const data = { ...makeReviewData(), dismissals: [] };
    reviewId = data.review.id;
    messageId = data.communications[0]?.id ?? '';
    await actions().createReviews([data]);
    await actions().openReview(reviewId);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('saves a dismissal, finds it after a reload, and undo / redo / restore each write once', async () => {
    const id = await actions().dismissFinding('no-next-update', messageId);
    expect(pairs((await saved()).dismissals)).toEqual([['no-next-update', messageId]]);
    expect(state().current?.dismissals[0]).toMatchObject({ id, reviewId });

    await actions().dismissFinding('late-acknowledgement', null);
    expect(pairs((await saved()).dismissals)).toContainEqual(['late-acknowledgement', null]);
    await actions().undo();
    expect(pairs((await saved()).dismissals)).toEqual([['no-next-update', messageId]]);
    await actions().redo();
    expect((await saved()).dismissals).toHaveLength(2);

    await actions().restoreFinding(id);
    expect(pairs((await saved()).dismissals)).toEqual([['late-acknowledgement', null]]);
    await actions().undo();
    expect((await saved()).dismissals).toHaveLength(2);
  });

  it('keeps one record when the same finding is dismissed twice', async () => {
    const first = await actions().dismissFinding('repeat', messageId);
    const second = await actions().dismissFinding('repeat', messageId);
    expect(second).toBe(first);
    expect((await saved()).dismissals).toHaveLength(1);
  });

  it('refuses a message that is not in the review and an unknown dismissal', async () => {
    await expect(actions().dismissFinding('repeat', 'nope')).rejects.toThrow(/not in this review/);
    await expect(actions().restoreFinding('nope')).rejects.toThrow(/not in this review/);
    expect((await saved()).dismissals).toEqual([]);
  });

  it('deletes a message’s dismissals with it, and undo brings both back', async () => {
    await actions().dismissFinding('no-next-update', messageId);
    await actions().dismissFinding('no-follow-up', null);
    await actions().deleteCommunication(messageId);
    const after = await saved();
    expect(after.communications.some((c) => c.id === messageId)).toBe(false);
    expect(pairs(after.dismissals)).toEqual([['no-follow-up', null]]);
    await actions().undo();
    const back = await saved();
    expect(back.communications.some((c) => c.id === messageId)).toBe(true);
    expect(back.dismissals).toHaveLength(2);
  });
});
