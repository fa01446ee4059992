import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalReviewData } from '../../../src/domain/canonicalReviewData';
import { inOrderBy } from '../../../src/domain/inOrderBy';
import { makeDemoReview } from '../../../src/domain/demo/makeDemoReview';

const byNumber = (a: number, b: number) => a - b;
let ids = 0;
const demo = () => makeDemoReview(() => `id-${++ids}`, Date.UTC(2026, 0, 1));

describe('inOrderBy', () => {
  it('keeps a list in order as it is, and sorts a copy of any other, leaving it untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), (list) => {
        const before = [...list];
        const out = inOrderBy(list, byNumber);
        expect(out).toEqual([...list].sort(byNumber));
        expect(list).toEqual(before);
        const inOrder = before.every((n, i) => i === 0 || (before[i - 1] as number) <= n);
        expect(out === list).toBe(inOrder);
      }),
    );
  });
});

describe('canonicalReviewData', () => {
  it('keeps every list already in its order, so what was worked out from it stays valid', () => {
    const once = canonicalReviewData(demo());
    const twice = canonicalReviewData({ ...once, review: { ...once.review, status: 'ready' } });
    for (const key of ['channels', 'communications', 'notes', 'phases', 'actions'] as const) {
      expect(twice[key]).toBe(once[key]);
    }
    expect(once.communications.length).toBeGreaterThan(5);
  });

  it('puts the messages of a review out of order in order, by instant then import order', () => {
    const data = canonicalReviewData(demo());
    const reversed = canonicalReviewData({
      ...data,
      communications: [...data.communications].reverse(),
    });
    expect(reversed.communications).not.toBe(data.communications);
    expect(reversed.communications).toEqual(data.communications);
  });
});
