import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDemoReview } from '../../../../src/domain/demo/makeDemoReview';
import * as gaps from '../../../../src/domain/gaps/analyzeGaps';
import { sharedGapAnalysis } from '../../../../src/domain/gaps/sharedGapAnalysis';
import { DexieReviewGateway } from '../../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../../src/persistence/GaplineDb';
import { createAppStore } from '../../../../src/store/createAppStore';
import { selectGapAnalysis } from '../../../../src/store/selectors/selectGapAnalysis';

let ids = 0;
const demo = () => makeDemoReview(() => `id-${++ids}`, Date.UTC(2026, 0, 1));
let db: GaplineDb | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = null;
});

describe('sharedGapAnalysis', () => {
  it('analyses an imported review once, for its row in the list and for the open review', async () => {
    db = new GaplineDb(`shared-analysis-${Date.now()}`);
    const store = createAppStore(new DexieReviewGateway(db, { locks: null }));
    const data = demo();
    const analyze = vi.spyOn(gaps, 'analyzeGaps');
    const [id] = await store.getState().actions.createReviews([data]);
    await store.getState().actions.openReview(id ?? '');
    const analysis = selectGapAnalysis(store.getState());
    const row = store.getState().reviews.find((r) => r.review.id === id);
    expect(analysis?.ok && analysis.summary).toEqual(row?.summary);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('analyses again when the messages, the incident or the channels are new records', () => {
    const analyze = vi.spyOn(gaps, 'analyzeGaps');
    const data = demo();
    const first = sharedGapAnalysis(data);
    expect(sharedGapAnalysis({ ...data })).toBe(first);
    const later = { ...data.incident, resolution: (data.incident.resolution ?? 0) + 60_000 };
    expect(sharedGapAnalysis({ ...data, incident: later })).not.toBe(first);
    expect(sharedGapAnalysis({ ...data, channels: [...data.channels] })).not.toBe(first);
    expect(sharedGapAnalysis({ ...data, communications: [...data.communications] })).not.toBe(
      first,
    );
    expect(analyze).toHaveBeenCalledTimes(4);
  });
});
