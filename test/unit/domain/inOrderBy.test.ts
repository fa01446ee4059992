import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('inOrderBy, remembering', () => {
  const counting = () => {
    const calls = { n: 0 };
    const compare = (a: number, b: number) => {
      calls.n++;
      return a - b;
    };
    return { calls, compare };
  };

  it('checks a list once per order, and again when the list has grown', () => {
    const { calls, compare } = counting();
    const list = [1, 2, 3, 4];
    expect(inOrderBy(list, compare)).toBe(list);
    expect(calls.n).toBe(3);
    expect(inOrderBy(list, compare)).toBe(list);
    expect(calls.n).toBe(3);
    // Another order is its own question.
    const other = counting();
    expect(inOrderBy(list, other.compare)).toBe(list);
    expect(other.calls.n).toBe(3);
    // A list still being filled is checked again, and its new order seen.
    list.push(0);
    const out = inOrderBy(list, compare);
    expect(out).toEqual([0, 1, 2, 3, 4]);
    expect(calls.n).toBeGreaterThan(3);
  });

  it('sorts a list out of order once: its copy is handed again, and known in order', () => {
    const { calls, compare } = counting();
    const list = [3, 1, 2];
    const sorted = inOrderBy(list, compare);
    expect(sorted).toEqual([1, 2, 3]);
    expect(list).toEqual([3, 1, 2]);
    const after = calls.n;
    expect(inOrderBy(list, compare)).toBe(sorted);
    expect(inOrderBy(sorted, compare)).toBe(sorted);
    expect(calls.n).toBe(after);
    // Grown since, it is put in order again.
    list.push(0);
    expect(inOrderBy(list, compare)).toEqual([0, 1, 2, 3]);
    expect(calls.n).toBeGreaterThan(after);
  });

  it('takes a list known to be in a finer order as in the coarser one, not the reverse', () => {
    const coarse = counting();
    const fine = counting();
    const list = [1, 2, 2, 5];
    inOrderBy(list, fine.compare);
    expect(inOrderBy(list, coarse.compare, fine.compare)).toBe(list);
    expect(coarse.calls.n).toBe(0);
    // Out of order: the finer order's sorted copy serves.
    const shuffled = [5, 2, 2, 1];
    const byFine = inOrderBy(shuffled, fine.compare);
    expect(inOrderBy(shuffled, coarse.compare, fine.compare)).toBe(byFine);
    expect(coarse.calls.n).toBe(0);
    // Known in the coarse order only: the finer one is still checked.
    const second = [1, 2, 3];
    inOrderBy(second, coarse.compare);
    const fine2 = counting();
    inOrderBy(second, fine2.compare, fine.compare);
    expect(fine2.calls.n).toBe(2);
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

  it('hands its communications on known in time order: the lanes and tables check nothing', async () => {
    const { inTimeOrder } = await import('../../../src/domain/inTimeOrder');
    const data = canonicalReviewData(demo());
    // A list a checker would find out of order if it looked: it must not look.
    const spy = vi.spyOn(Array.prototype, 'sort');
    const reads = { n: 0 };
    const watched = data.communications.map((c) =>
      Object.defineProperty({ ...c }, 'instant', {
        get: () => {
          reads.n++;
          return c.instant;
        },
        enumerable: true,
      }),
    );
    const handed = canonicalReviewData({ ...data, communications: watched });
    const checked = reads.n;
    expect(checked).toBeGreaterThan(0);
    expect(inTimeOrder(handed.communications)).toBe(watched);
    expect(canonicalReviewData(handed).communications).toBe(watched);
    expect(reads.n).toBe(checked);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
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
