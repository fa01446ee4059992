import type { Target } from '../model';
import type { GapStatus } from './types';

/** Rule 5: `ok` ≤ ideal < `late` ≤ max < `gap`. */
export function gapStatus(minutes: number, target: Target): GapStatus {
  if (minutes <= target.ideal) return 'ok';
  if (minutes <= target.max) return 'late';
  return 'gap';
}
