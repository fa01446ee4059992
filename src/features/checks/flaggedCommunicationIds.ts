import type { Finding } from '../../domain/checks/finding';

const cache = new WeakMap<readonly Finding[], ReadonlySet<string>>();

/**
 * The communications that have at least one finding (the drawing marks their dots);
 * memoised on the findings array, so the same findings give the same set.
 */
export function flaggedCommunicationIds(findings: readonly Finding[]): ReadonlySet<string> {
  let ids = cache.get(findings);
  if (ids === undefined) {
    ids = new Set(findings.flatMap((f) => (f.communicationId === null ? [] : [f.communicationId])));
    cache.set(findings, ids);
  }
  return ids;
}
