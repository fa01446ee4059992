import type { ImportResult } from './contract';
import { importFailure } from './importFailure';

/**
 * Runs an import so that it never throws: an unexpected exception (a bug, or an input no
 * rule foresaw) becomes the `invalid-file` error instead of a crash or a stack trace.
 */
export function neverThrows(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'unexpected error';
    return importFailure('invalid-file', `The file could not be read (${detail}).`);
  }
}
