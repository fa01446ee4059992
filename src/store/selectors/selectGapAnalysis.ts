import { sharedGapAnalysis } from '../../domain/gaps/sharedGapAnalysis';
import type { GapAnalysis } from '../../domain/gaps/types';
import type { AppState } from '../AppState';

/**
 * The open review's gap analysis (spec gaps.md), computed by the domain, never stored.
 * Memoised on what it reads — the incident, channels and communications — so an edit of
 * anything else (a note, a vote, the session) does not recompute it.
 */
export function selectGapAnalysis(state: Pick<AppState, 'current'>): GapAnalysis | null {
  const { current } = state;
  if (current === null) return null;
  const { incident, channels, communications } = current;
  return sharedGapAnalysis({ incident, channels, communications });
}
