/**
 * Architecture rule 4 / reliability G10: a Gapline file restores a review exactly.
 * For random valid ReviewData, parse(serialize(d)) deep-equals d, ids included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_DOCUMENT_VERSION } from '../../../../src/domain/schema/documentMigrations';
import { parseReviewDocument } from '../../../../src/domain/schema/parseReviewDocument';
import { serializeReview } from '../../../../src/domain/schema/serializeReview';
import { reviewDataArbitrary } from './reviewDataArbitrary';

describe('serializeReview ∘ parseReviewDocument', () => {
  it('round-trips 1,000 random reviews exactly', () => {
    fc.assert(
      fc.property(reviewDataArbitrary, (data) => {
        const parsed = parseReviewDocument(serializeReview(data));
        if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
        expect(parsed.data).toStrictEqual(data);
        expect(parsed.fromVersion).toBe(CURRENT_DOCUMENT_VERSION);
      }),
      { numRuns: 1_000 },
    );
  });

  it('is stable: serializing the parsed review gives the same text', () => {
    fc.assert(
      fc.property(reviewDataArbitrary, (data) => {
        const text = serializeReview(data, 0);
        const parsed = parseReviewDocument(text);
        expect(parsed.ok && serializeReview(parsed.data, 0)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
