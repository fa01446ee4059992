/**
 * Imports a file off the main thread when it is big (> 1 MB), so the page stays
 * responsive; small files, and runtimes without `Worker` (Node, the CLI, tests), parse
 * in this thread. Same result as `importFile`, ids from `options.newId` either way.
 */
import type { ImportOptions, ImportResult } from './contract';
import { importFile } from './importFile';
import { runImportWorker, WORKER_THRESHOLD_CHARS } from './runImportWorker';
import { toImportRequest } from './workerProtocol';

export function parseFileInWorker(
  raw: string,
  fileName: string | null,
  options: ImportOptions,
): Promise<ImportResult> {
  const inThread = (): ImportResult => importFile(raw, fileName, options);
  if (raw.length <= WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(inThread());
  }
  return runImportWorker(
    () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }),
    toImportRequest(raw, fileName, options),
    options,
    inThread,
  );
}
