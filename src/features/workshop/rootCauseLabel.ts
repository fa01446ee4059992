import type { RootCause } from '../../domain/model';

/** What names a root cause on screen: the last answer of its why-chain. */
export function rootCauseLabel(rootCause: RootCause): string {
  return (rootCause.whys.at(-1) ?? '').trim();
}
