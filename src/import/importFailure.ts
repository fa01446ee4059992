import type { ImportErrorCode, ImportResult } from './contract';

/** A failed import as a result (importers never throw). */
export function importFailure(code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, error: { code, message } };
}
