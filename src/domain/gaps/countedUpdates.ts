import type { Communication, EpochMs } from '../model';
import type { EndKind } from './types';

/**
 * Rule 1's cut: updates count before the resolution update when there is one, else
 * before R, else all of them (null). `end` is the analysis's end (rule 2), which is the
 * resolution update whenever one exists.
 */
export function cutoffOf(
  end: { readonly instant: EpochMs; readonly kind: EndKind },
  resolution: EpochMs | null,
): EpochMs | null {
  return end.kind === 'resolution-update' ? end.instant : resolution;
}

/** Rule 1: an update sent before the cut (updates before A are rule 3's to sort out). */
export function isBeforeCutoff(
  c: Pick<Communication, 'kind' | 'instant'>,
  cutoff: EpochMs | null,
): boolean {
  return c.kind === 'update' && (cutoff === null || c.instant < cutoff);
}
