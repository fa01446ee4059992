/**
 * The saving contract (architecture "Saving"): memory first, one write per action,
 * "saved" only after the write completed; run against the memory and the Dexie gateway.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/store/AppState';
import { at } from '../../factories/makeRecords';
import { makeReviewData, SMALL_REVIEW_LONGEST_GAP } from '../persistence/makeReviewData';
import { makeHarness, type GatewayKind, type Harness } from './storeHarness';

describe.each<GatewayKind>(['memory', 'dexie'])('the app store on the %s gateway', (kind) => {
  let h: Harness;
  const state = (): AppState => h.store.getState();
  const actions = (): AppState['actions'] => h.store.getState().actions;

  beforeEach(async () => {
    h = await makeHarness(kind);
  });
  afterEach(async () => {
    await h.dispose();
  });

  async function openNew(): Promise<ReturnType<typeof makeReviewData>> {
    const data = makeReviewData();
    await actions().createReviews([data]);
    await actions().openReview(data.review.id);
    return data;
  }

  it('creates reviews, lists them newest first and returns their ids', async () => {
    expect(state().reviewsLoaded).toBe(false);
    const a = makeReviewData({ review: { updatedAt: at(10) } });
    const b = makeReviewData({ review: { updatedAt: at(20) } });
    expect(await actions().createReviews([a, b])).toEqual([a.review.id, b.review.id]);
    expect(state().reviewsLoaded).toBe(true);
    expect(state().reviews.map((r) => r.review.id)).toEqual([b.review.id, a.review.id]);
    expect(state().reviews[0]?.longestGap).toBe(SMALL_REVIEW_LONGEST_GAP);
    expect(state().save.state).toBe('saved');
  });

  it('opens a review, and reports a missing one as missing', async () => {
    const data = await openNew();
    expect(state().currentStatus).toBe('ready');
    expect(state().current?.review.id).toBe(data.review.id);
    await actions().openReview('no-such-review');
    expect(state().currentStatus).toBe('missing');
    expect(state().current).toBeNull();
    actions().closeReview();
    expect(state().currentStatus).toBe('idle');
  });

  it('keeps the last of two quick opens', async () => {
    const a = makeReviewData();
    const b = makeReviewData();
    await actions().createReviews([a, b]);
    const first = actions().openReview(a.review.id);
    const second = actions().openReview(b.review.id);
    await Promise.all([first, second]);
    expect(state().current?.review.id).toBe(b.review.id);
  });

  it('adds a communication in memory at once and in the database when the action resolves', async () => {
    const data = await openNew();
    h.clock.now = at(2_000);
    const pending = actions().addCommunication({
      instant: at(30),
      offsetMinutes: -180,
      channelName: 'Email',
      author: 'Bea',
      kind: 'update',
      text: 'Still working on it.',
    });
    expect(state().current?.communications.some((c) => c.text === 'Still working on it.')).toBe(
      true,
    );
    expect(state().save.state).toBe('saving');
    await pending;
    expect(state().save).toEqual({ state: 'saved', pending: 0, error: null, errorKind: null });

    const stored = await h.storage.loadReview(data.review.id);
    const added = stored?.communications.find((c) => c.id === 'new-1');
    expect(added).toMatchObject({
      instant: at(30),
      offsetMinutes: -180,
      channelId: data.channels[1]!.id,
      author: 'Bea',
      kind: 'update',
      order: 3,
      updatedAt: at(2_000),
    });
    expect(stored?.review.updatedAt).toBe(at(2_000));
    expect(state().current?.review.updatedAt).toBe(at(2_000));
  });

  it('creates the channel of a new name in the same write', async () => {
    const data = await openNew();
    await actions().addCommunication({
      instant: at(30),
      offsetMinutes: 0,
      channelName: '  In-app banner ',
      author: 'Bea',
      kind: 'update',
      text: 'Banner',
    });
    const stored = await h.storage.loadReview(data.review.id);
    const channel = stored?.channels.find((c) => c.name === 'In-app banner');
    expect(channel?.id).toBe('new-1');
    expect(stored?.communications.find((c) => c.id === 'new-2')?.channelId).toBe('new-1');
  });

  it('updates a communication, moving it to a new channel and keeping the old channel', async () => {
    const data = await openNew();
    const target = data.communications[0]!;
    await actions().updateCommunication(target.id, { text: 'Reworded', channelName: 'Social' });
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.find((c) => c.id === target.id)).toMatchObject({
      text: 'Reworded',
      channelId: 'new-1',
      instant: target.instant,
    });
    expect(stored?.channels.map((c) => c.name)).toEqual(['Email', 'Social', 'Status page']);
    await expect(actions().updateCommunication('nope', { text: 'x' })).rejects.toThrow(
      /not in this review/,
    );
  });

  it('deletes a communication', async () => {
    const data = await openNew();
    await actions().deleteCommunication(data.communications[1]!.id);
    expect(state().current?.communications).toHaveLength(2);
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.map((c) => c.id)).toEqual([
      data.communications[0]!.id,
      data.communications[2]!.id,
    ]);
    expect(stored?.channels).toHaveLength(2);
  });

  it('updates the incident and refuses an impossible target', async () => {
    const data = await openNew();
    await actions().updateIncident({
      title: 'Payments down',
      target: { ideal: 10, max: 15 },
      timeZone: 'Europe/Madrid',
    });
    const stored = await h.storage.loadReview(data.review.id);
    expect(stored?.incident).toMatchObject({
      title: 'Payments down',
      target: { ideal: 10, max: 15 },
      timeZone: 'Europe/Madrid',
    });
    await expect(actions().updateIncident({ target: { ideal: 40, max: 30 } })).rejects.toThrow(
      /target/,
    );
    await expect(actions().updateIncident({ timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /time zone/,
    );
    expect(state().current?.incident.target).toEqual({ ideal: 10, max: 15 });
  });

  it('re-derives Statuspage instants when the instant source changes, in the same write', async () => {
    const base = makeReviewData();
    const [c1, c2, c3] = base.communications;
    const withTimes = {
      ...base,
      communications: [
        {
          ...c1!,
          sourceTimes: {
            displayAt: { ms: c1!.instant, offsetMinutes: 0 },
            createdAt: { ms: at(14), offsetMinutes: 60 },
          },
        },
        {
          ...c2!,
          sourceTimes: { displayAt: { ms: c2!.instant, offsetMinutes: 0 }, createdAt: null },
        },
        c3!,
      ],
    };
    await actions().createReviews([withTimes]);
    await actions().openReview(base.review.id);
    await actions().updateIncident({ instantSource: 'created_at' });
    const stored = await h.storage.loadReview(base.review.id);
    const byId = new Map(stored?.communications.map((c) => [c.id, c]));
    expect(byId.get(c1!.id)).toMatchObject({ instant: at(14), offsetMinutes: 60 });
    expect(byId.get(c2!.id)?.instant).toBe(c2!.instant);
    expect(byId.get(c3!.id)?.instant).toBe(c3!.instant);
    expect(stored?.incident.instantSource).toBe('created_at');

    await actions().updateIncident({ instantSource: 'display_at' });
    expect(
      (await h.storage.loadReview(base.review.id))?.communications.find((c) => c.id === c1!.id)
        ?.instant,
    ).toBe(c1!.instant);
  });

  it('undoes and redoes an edit, in memory and in the database', async () => {
    const data = await openNew();
    await actions().addCommunication({
      instant: at(30),
      offsetMinutes: 0,
      channelName: 'Social',
      author: 'Bea',
      kind: 'update',
      text: 'New',
    });
    expect(state().history).toEqual({ canUndo: true, canRedo: false });
    await actions().undo();
    let stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications).toHaveLength(3);
    expect(stored?.channels).toHaveLength(2);
    expect(state().current?.communications).toHaveLength(3);
    expect(state().history).toEqual({ canUndo: false, canRedo: true });
    await actions().redo();
    stored = await h.storage.loadReview(data.review.id);
    expect(stored?.communications.map((c) => c.text)).toContain('New');
    expect(stored?.channels.map((c) => c.name)).toContain('Social');
  });

  it('deletes the open review: closes it, drops it from the list and from storage', async () => {
    const data = await openNew();
    await actions().refreshReviews();
    await actions().deleteReview(data.review.id);
    expect(state().current).toBeNull();
    expect(state().currentStatus).toBe('idle');
    expect(state().reviews).toEqual([]);
    expect(await h.storage.loadReview(data.review.id)).toBeNull();
  });

  it('refuses edits when no review is open', async () => {
    await expect(actions().deleteCommunication('x')).rejects.toThrow(/No review is open/);
  });
});
