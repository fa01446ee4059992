import { analyzeGaps } from '../../domain/gaps/analyzeGaps';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { ReviewData } from '../../domain/model';
import type { AppState } from '../AppState';

interface Cached {
  readonly incident: ReviewData['incident'];
  readonly channels: ReviewData['channels'];
  readonly analysis: GapAnalysis;
}

/** Keyed on the communications array, checked against the incident and channels. */
const cache = new WeakMap<ReviewData['communications'], Cached>();

/**
 * The open review's gap analysis (spec gaps.md), computed by the domain, never stored.
 * Memoised on what it reads — the incident, channels and communications — so an edit of
 * anything else (a note, a vote, the session) does not recompute it.
 */
export function selectGapAnalysis(state: Pick<AppState, 'current'>): GapAnalysis | null {
  const { current } = state;
  if (current === null) return null;
  const { incident, channels, communications } = current;
  const hit = cache.get(communications);
  if (hit !== undefined && hit.incident === incident && hit.channels === channels) {
    return hit.analysis;
  }
  const analysis = analyzeGaps({ incident, channels, communications });
  cache.set(communications, { incident, channels, analysis });
  return analysis;
}
