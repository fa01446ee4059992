/** Errors the gateways raise themselves (the browser's own errors pass through unchanged). */

/** The database was written by a newer Gapline (meta schema version above this code's). */
export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError';
  constructor(
    readonly storedVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This browser's Gapline data was written by a newer version (schema ${storedVersion}; this app knows ${codeVersion}). Reload to update.`,
    );
  }
}

/** Another tab upgraded the database; this tab must reload before it writes again. */
export class DatabaseOutdatedError extends Error {
  override readonly name = 'DatabaseOutdatedError';
  constructor() {
    super('Gapline was updated in another tab. Reload this tab to keep saving.');
  }
}

export class ReviewNotFoundError extends Error {
  override readonly name = 'ReviewNotFoundError';
  constructor(readonly reviewId: string) {
    super(`Review ${reviewId} does not exist.`);
  }
}

/** A record given for one review belongs to another (nothing is written). */
export class ForeignRecordError extends Error {
  override readonly name = 'ForeignRecordError';
  constructor(
    readonly reviewId: string,
    readonly recordId: string,
  ) {
    super(`Record ${recordId} does not belong to review ${reviewId}.`);
  }
}

/** A review row exists but its incident does not: the stored review is incomplete. */
export class IncompleteReviewError extends Error {
  override readonly name = 'IncompleteReviewError';
  constructor(readonly reviewId: string) {
    super(`Review ${reviewId} has no incident.`);
  }
}

/** A chunked import found its review gone or changed under it (e.g. removed by another tab). */
export class ImportInterruptedError extends Error {
  override readonly name = 'ImportInterruptedError';
  constructor(readonly reviewId: string) {
    super(`The import of review ${reviewId} was interrupted; nothing was kept.`);
  }
}

export function importAbortedError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}
