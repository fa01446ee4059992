/**
 * What the import workers receive and answer. Functions cannot cross a worker boundary,
 * so the request carries the options without `newId`/`now` (the clock's value instead);
 * the worker makes placeholder ids, which the caller replaces with its own
 * (`reassignIds`), except for Gapline files and backups, whose ids are kept by design.
 */
import type { FormatId, ImportOptions, ImportResult } from './contract';
import { IMPORTERS } from './registry';
import { importFile } from './importFile';
import { reassignIds } from './reassignIds';

export type TransferableImportOptions = Omit<ImportOptions, 'newId' | 'now'> & {
  readonly nowMs: number;
};

export interface ImportRequest {
  readonly raw: string;
  readonly fileName: string | null;
  readonly options: TransferableImportOptions;
  /** Forces one format (the CSV worker); null detects it. */
  readonly format: FormatId | null;
}

export function toImportRequest(
  raw: string,
  fileName: string | null,
  options: ImportOptions,
  format: FormatId | null = null,
): ImportRequest {
  const { newId: _newId, now, ...rest } = options;
  return { raw, fileName, options: { ...rest, nowMs: now() }, format };
}

/** Runs a request (in the worker). */
export function handleImportRequest(request: ImportRequest): ImportResult {
  const { nowMs, ...rest } = request.options;
  let n = 0;
  const options: ImportOptions = { ...rest, newId: () => `worker-${++n}`, now: () => nowMs };
  if (request.format === null) return importFile(request.raw, request.fileName, options);
  return IMPORTERS[request.format].parse(request.raw, {
    ...options,
    fileName: request.fileName ?? options.fileName,
  });
}

/** Replaces the worker's placeholder ids with the caller's (not for Gapline files and backups). */
export function adoptWorkerResult(result: ImportResult, newId: () => string): ImportResult {
  if (!result.ok || result.format === 'gapline' || result.format === 'gapline-backup') {
    return result;
  }
  return {
    ...result,
    incidents: result.incidents.map((incident) => ({
      ...incident,
      data: reassignIds(incident.data, newId),
    })),
  };
}
