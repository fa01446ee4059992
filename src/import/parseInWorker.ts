/**
 * Imports a file off the main thread when it is big (> WORKER_THRESHOLD: 128 KiB or 128 Ki
 * characters), so the page stays responsive; a file's bytes are decoded there too. Small
 * inputs, and runtimes without `Worker` (Node, the CLI, tests), parse in this thread. Same
 * result as `importFile` on the decoded text, ids from `options.newId` either way.
 */
import type { ImportOptions, ImportResult } from './contract';
import { importFile } from './importFile';
import { readSource, sourceSize, sourceText, type ImportSource } from './importSource';
import { runImportWorker, WORKER_THRESHOLD } from './runImportWorker';
import { toImportRequest } from './workerProtocol';

export function parseFileInWorker(
  raw: ImportSource,
  fileName: string | null,
  options: ImportOptions,
): Promise<ImportResult> {
  const inThread = async (): Promise<ImportResult> => {
    const read = await readSource(raw);
    if (!read.ok) return read.failure;
    const source = sourceText(read.source);
    return source.ok ? importFile(source.text, fileName, options) : source.failure;
  };
  if (sourceSize(raw) <= WORKER_THRESHOLD || typeof Worker === 'undefined') return inThread();
  return runImportWorker(
    () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }),
    toImportRequest(raw, fileName, options),
    options,
    inThread,
  );
}
