/**
 * The storage port as persistence implements it: the domain's `ReviewGateway` (what the
 * store needs) plus the chunked import and crash clean-up that only the app's import uses.
 */
import type { ReviewData } from '../domain/model';
import type { ImportProgress, ReviewGateway } from '../domain/reviewGateway';

export type { ImportProgress } from '../domain/reviewGateway';

export interface ReviewStorage extends ReviewGateway {
  /**
   * Writes a big review as `importing`, communications in chunks of `IMPORT_CHUNK_SIZE`,
   * then flips it to `ready`. On abort or failure the partial review is deleted and the
   * promise rejects (an abort with a DOMException named `AbortError`).
   */
  createReviewChunked(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Deletes reviews left `importing` by a crash; resolves with their ids. */
  cleanUpInterruptedImports(): Promise<readonly string[]>;
}

export const IMPORT_CHUNK_SIZE = 1_000;
