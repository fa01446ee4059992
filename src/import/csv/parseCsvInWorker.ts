/**
 * Parses CSV/TSV text in the CSV worker when it is big (> WORKER_THRESHOLD) and `Worker` exists;
 * otherwise in this thread. Same result as `csvImporter.parse`.
 */
import type { ImportOptions, ImportResult } from '../contract';
import { runImportWorker, WORKER_THRESHOLD } from '../runImportWorker';
import { toImportRequest } from '../workerProtocol';
import { csvImporter } from './csvImporter';

export function parseCsvInWorker(
  raw: string,
  fileName: string | null,
  options: ImportOptions,
): Promise<ImportResult> {
  const effective: ImportOptions = { ...options, fileName: fileName ?? options.fileName };
  const inThread = (): ImportResult => csvImporter.parse(raw, effective);
  if (raw.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return Promise.resolve(inThread());
  }
  return runImportWorker(
    () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    toImportRequest(raw, fileName, options, 'csv'),
    options,
    inThread,
  );
}
