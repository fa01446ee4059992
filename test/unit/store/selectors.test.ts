/** Derived data is computed, never stored (architecture rule 6), and memoised. */
import { describe, expect, it } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { selectChannelById } from '../../../src/store/selectors/selectChannelById';
import { selectGapAnalysis } from '../../../src/store/selectors/selectGapAnalysis';
import { selectSortedCommunications } from '../../../src/store/selectors/selectSortedCommunications';
import { at } from '../../factories/makeRecords';
import { makeReviewData, SMALL_REVIEW_LONGEST_GAP } from '../persistence/makeReviewData';

async function openStore() {
  const gateway = new MemoryReviewGateway();
  const store = createAppStore(gateway);
  const data = makeReviewData();
  await gateway.createReview(data);
  await store.getState().actions.openReview(data.review.id);
  return { store, data };
}

describe('selectors', () => {
  it('give empty results with no open review', () => {
    const store = createAppStore(new MemoryReviewGateway());
    expect(selectGapAnalysis(store.getState())).toBeNull();
    expect(selectSortedCommunications(store.getState())).toEqual([]);
    expect(selectChannelById(store.getState()).size).toBe(0);
  });

  it('analyse the open review once per version of it (spec gaps.md, rule 6: longest gap)', async () => {
    const { store } = await openStore();
    const first = selectGapAnalysis(store.getState());
    expect(first?.ok && first.summary.longestGap).toBe(SMALL_REVIEW_LONGEST_GAP);
    expect(selectGapAnalysis(store.getState())).toBe(first);

    store.getState().actions.setDisplayTimeZone('Asia/Tokyo');
    expect(selectGapAnalysis(store.getState())).toBe(first);
    // A note or a session change does not touch what the analysis reads.
    const noteId = store.getState().current?.notes[0]?.id ?? '';
    await store.getState().actions.updateNote(noteId, { offsetY: -300 });
    await store.getState().actions.updateSession(() => ({ step: 'gaps' }));
    expect(selectGapAnalysis(store.getState())).toBe(first);
    // The incident does.
    await store.getState().actions.updateIncident({ target: { ideal: 10, max: 20 } });
    expect(selectGapAnalysis(store.getState())).not.toBe(first);
  });

  it('recompute after an edit', async () => {
    const { store } = await openStore();
    const before = selectGapAnalysis(store.getState());
    // An update at +60 splits the 45 → 80 gap: gaps 10, 35, 15, 20.
    await store.getState().actions.addCommunication({
      instant: at(60),
      offsetMinutes: 0,
      channelName: 'Status page',
      author: 'Bea',
      kind: 'update',
      text: 'Deploying',
    });
    const after = selectGapAnalysis(store.getState());
    expect(after).not.toBe(before);
    expect(after?.ok && after.summary.updateCount).toBe(3);
    expect(after?.ok && after.gaps.map((g) => g.minutes)).toEqual([10, 35, 15, 20]);
  });

  it('sort communications by instant, ties in import order, and index channels by id', async () => {
    const { store, data } = await openStore();
    await store.getState().actions.addCommunication({
      instant: at(10),
      offsetMinutes: 0,
      channelName: 'Social',
      author: 'Bea',
      kind: 'update',
      text: 'Same minute',
    });
    const sorted = selectSortedCommunications(store.getState());
    expect(sorted.map((c) => c.instant)).toEqual([at(10), at(10), at(45), at(80)]);
    expect(sorted[1]?.text).toBe('Same minute');
    expect(selectSortedCommunications(store.getState())).toBe(sorted);

    const channels = selectChannelById(store.getState());
    expect(channels.get(data.channels[0]!.id)?.name).toBe('Status page');
    expect([...channels.values()].map((c) => c.name)).toContain('Social');
    expect(selectChannelById(store.getState())).toBe(channels);
  });
});
