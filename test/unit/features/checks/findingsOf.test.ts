// The message checks' findings are derived data: computed from the review, memoised on what
// the checks read (incident, channels, communications, preparation) and the language.
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../../src/domain/checks/checkMessages';
import type { ReviewData } from '../../../../src/domain/model';
import { findingsOf } from '../../../../src/features/checks/findingsOf';
import { CHECKS_REVIEW } from '../../../component/support/checksReview';
import { makeNote } from '../../../component/support/makeNote';
import { makeReviewData } from '../../../component/support/makeReviewData';

describe('findingsOf', () => {
  it('gives what checkMessages gives for the review, in the language asked', () => {
    const data = makeReviewData(CHECKS_REVIEW);
    expect(findingsOf(data, 'en')).toEqual(checkMessages(data, { language: 'en' }));
    expect(findingsOf(data, 'es')).toEqual(checkMessages(data, { language: 'es' }));
  });

  it('returns the same array while nothing the checks read changes (a new note, the session)', () => {
    const data = makeReviewData(CHECKS_REVIEW);
    const first = findingsOf(data, 'en');
    const withNote: ReviewData = {
      ...data,
      notes: [makeNote(data.review.id, { id: 'n-1' })],
    };
    expect(findingsOf(withNote, 'en')).toBe(first);
  });

  it('runs the checks again when the language, the incident, the messages or the preparation change', () => {
    const data = makeReviewData(CHECKS_REVIEW);
    const en = findingsOf(data, 'en');
    const es = findingsOf(data, 'es');
    expect(es).not.toBe(en);
    expect(es[0]?.suggestion).toMatch(/^Reconoce el problema antes/);

    const later = { ...data, incident: { ...data.incident, target: { ideal: 30, max: 60 } } };
    expect(findingsOf(later, 'es').map((f) => f.rule)).not.toContain('late-acknowledgement');

    const [first, ...rest] = data.communications;
    if (first === undefined) throw new Error('the fixture has messages');
    const rewritten = {
      ...data,
      communications: [{ ...first, text: 'Card payments at checkout fail in Brazil.' }, ...rest],
    };
    expect(findingsOf(rewritten, 'en').map((f) => f.rule)).not.toContain('non-apology');

    const prepared: ReviewData = {
      ...data,
      preparation: {
        id: 'p-1',
        reviewId: data.review.id,
        customerImpact: '',
        expectedDuration: '',
        affected: null,
        affectedDetail: '',
        workaroundAvailable: true,
        workaround: 'Pay with a voucher code',
        updatedAt: 0,
      },
    };
    expect(findingsOf(prepared, 'en').map((f) => f.rule)).toContain('no-workaround');
  });
});
