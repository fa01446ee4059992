import { analyzeGaps } from '../../domain/gaps/analyzeGaps';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import type { AppState } from '../AppState';

const cache = new WeakMap<ReviewData, GapAnalysis>();

/**
 * The open review's gap analysis (spec gaps.md), computed by the domain, never stored.
 * Memoised on `current`: the same review object gives the same result object.
 */
export function selectGapAnalysis(state: Pick<AppState, 'current'>): GapAnalysis | null {
  const { current } = state;
  if (current === null) return null;
  let analysis = cache.get(current);
  if (analysis === undefined) {
    analysis = analyzeGaps({
      incident: current.incident,
      channels: current.channels,
      communications: current.communications,
    });
    cache.set(current, analysis);
  }
  return analysis;
}
