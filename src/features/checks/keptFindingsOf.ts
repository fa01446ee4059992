import type { FindingLanguage } from '../../domain/checks/finding';
import { splitFindings, type SplitFindings } from '../../domain/checks/splitFindings';
import type { ReviewData } from '../../domain/model';
import { findingsOf } from './findingsOf';

type Read = Pick<
  ReviewData,
  'incident' | 'channels' | 'communications' | 'preparation' | 'dismissals'
>;

interface Cached {
  readonly dismissals: ReviewData['dismissals'];
  readonly split: SplitFindings;
}

/** Keyed on the findings array (itself memoised by `findingsOf`), checked against the dismissals. */
const cache = new WeakMap<object, Cached>();

/**
 * The findings the team kept and the ones it dismissed, for the panel and the drawing.
 * Derived, never stored: the same findings and dismissals give the same arrays, so a note,
 * a vote or a timer does not split them again.
 */
export function keptFindingsOf(review: Read, language: FindingLanguage): SplitFindings {
  const findings = findingsOf(review, language);
  const hit = cache.get(findings);
  if (hit !== undefined && hit.dismissals === review.dismissals) return hit.split;
  const split = splitFindings(findings, review.dismissals);
  cache.set(findings, { dismissals: review.dismissals, split });
  return split;
}
