import type { ImportWarning, RejectedRow } from '../../import/contract';

/** What came in from one confirmed import; shown on the review page until dismissed. */
export interface ImportOutcome {
  readonly fileName: string;
  readonly reviewIds: readonly string[];
  readonly communicationCount: number;
  readonly rejected: readonly RejectedRow[];
  readonly warnings: readonly ImportWarning[];
}
