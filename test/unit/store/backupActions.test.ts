/**
 * "Back up all reviews" through the store and a real gateway (memory, and Dexie on
 * fake-indexeddb): every review is read whole, the open one as in memory; and a backup of
 * all, imported into an empty browser, gives back the very same reviews.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type ReviewData } from '../../../src/domain/model';
import { serializeBackup } from '../../../src/domain/schema/serializeBackup';
import { importFile } from '../../../src/import/importFile';
import { reassignIds } from '../../../src/import/reassignIds';
import { makeImportOptions } from '../../factories/makeImportOptions';
import { reviewDataArbitrary } from '../domain/schema/reviewDataArbitrary';
import { makeSmallReview } from '../export/text/makeSmallReview';
import { makeHarness, type GatewayKind } from './storeHarness';

const ids = (d: ReviewData): string[] => [
  d.review.id,
  d.incident.id,
  ...(d.session === null ? [] : [d.session.id]),
  ...(d.preparation === null ? [] : [d.preparation.id]),
  ...COLLECTIONS.flatMap((name) => (d[name] as readonly { id: string }[]).map((r) => r.id)),
];

/** Reviews a browser could hold: distinct ids, listed ones only (`ready`). */
const browserReviews = fc
  .array(reviewDataArbitrary, { minLength: 1, maxLength: 3 })
  .map((reviews) =>
    reviews.map((d) => ({ ...d, review: { ...d.review, status: 'ready' as const } })),
  )
  .filter((reviews) => {
    const all = reviews.flatMap(ids);
    return new Set(all).size === all.length;
  });

async function backupRoundTrip(kind: GatewayKind, reviews: readonly ReviewData[]): Promise<void> {
  const source = await makeHarness(kind);
  const target = await makeHarness(kind);
  try {
    await source.store.getState().actions.createReviews(reviews);
    const before = await source.store.getState().actions.loadAllReviews();
    expect(before).toHaveLength(reviews.length);
    const result = importFile(serializeBackup(before, 0), 'backup.json', makeImportOptions());
    if (!result.ok) throw new Error(result.error.message);
    await target.store.getState().actions.createReviews(result.incidents.map((i) => i.data));
    expect(await target.store.getState().actions.loadAllReviews()).toStrictEqual(before);
  } finally {
    await source.dispose();
    await target.dispose();
  }
}

describe('loadAllReviews and the backup of all reviews', () => {
  it.each<GatewayKind>(['memory', 'dexie'])('reads every review whole (%s)', async (kind) => {
    const h = await makeHarness(kind);
    try {
      const a = makeSmallReview();
      // A second review needs ids of its own.
      let n = 0;
      const second = reassignIds(makeSmallReview(), () => `b-${++n}`);
      await h.store.getState().actions.createReviews([a, second]);
      const all = await h.store.getState().actions.loadAllReviews();
      expect(all.map((d) => d.review.id).sort()).toEqual([a.review.id, second.review.id].sort());
      const small = all.find((d) => d.review.id === a.review.id);
      expect(small?.actions).toHaveLength(2);
      expect(small?.rootCauses[0]?.whys).toEqual(a.rootCauses[0]?.whys);
    } finally {
      await h.dispose();
    }
  });

  it('takes the open review from memory', async () => {
    const h = await makeHarness('memory');
    const { actions } = h.store.getState();
    await actions.createReviews([makeSmallReview()]);
    await actions.openReview('rev-1');
    await actions.updateIncident({ title: 'Renamed in this tab' });
    const [data] = await actions.loadAllReviews();
    expect(data?.incident.title).toBe('Renamed in this tab');
  });

  it('property (memory): backup of all → import into an empty browser → the same reviews', async () => {
    await fc.assert(
      fc.asyncProperty(browserReviews, (reviews) => backupRoundTrip('memory', reviews)),
      { numRuns: 40 },
    );
  });

  it('property (Dexie): backup of all → import into an empty browser → the same reviews', async () => {
    await fc.assert(
      fc.asyncProperty(browserReviews, (reviews) => backupRoundTrip('dexie', reviews)),
      { numRuns: 8 },
    );
  });
});
