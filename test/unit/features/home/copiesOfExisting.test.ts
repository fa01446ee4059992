/**
 * Restoring a review that is still in this browser: it comes in as a copy (every id new,
 * every reference kept), beside the one that is there; the others keep their ids.
 */
import { describe, expect, it } from 'vitest';
import { checkReviewIntegrity } from '../../../../src/domain/schema/checkReviewIntegrity';
import { copiesOfExisting } from '../../../../src/features/home/copiesOfExisting';
import { makeSmallReview } from '../../export/text/makeSmallReview';

const counter = () => {
  let n = 0;
  return () => `fresh-${++n}`;
};

describe('copiesOfExisting', () => {
  it('keeps the ids of reviews not in this browser', () => {
    const data = makeSmallReview();
    expect(copiesOfExisting([data], new Set(['other']), counter())).toEqual([data]);
  });

  it('gives a review already here fresh ids, references intact, content the same', () => {
    const data = makeSmallReview();
    const [copy] = copiesOfExisting([data], new Set([data.review.id]), counter());
    if (copy === undefined) throw new Error('no copy');
    expect(copy.review.id).not.toBe(data.review.id);
    expect(copy.actions[0]?.id).not.toBe(data.actions[0]?.id);
    expect(checkReviewIntegrity(copy)).toBeNull();
    expect(copy.actions[0]?.rootCauseId).toBe(copy.rootCauses[0]?.id);
    expect(copy.rootCauses[0]?.noteIds).toEqual([copy.notes[0]?.id]);
    expect(copy.votes[0]?.participantId).toBe(copy.participants[0]?.id);
    expect(copy.review.title).toBe(data.review.title);
    expect(copy.communications.map((c) => c.text)).toEqual(data.communications.map((c) => c.text));
  });

  it('the same review twice in one import: the second is a copy of the first', () => {
    const data = makeSmallReview();
    const [first, second] = copiesOfExisting([data, data], new Set(), counter());
    expect(first).toBe(data);
    expect(second?.review.id).toMatch(/^fresh-/);
  });
});
