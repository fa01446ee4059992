/**
 * What the import workers receive and answer. Functions cannot cross a worker boundary,
 * so the request carries the options without `newId`/`now` (the clock's value instead).
 * A caller whose ids come from the app's own `newId` (random v4 UUIDs) gets them made in
 * the worker and kept: giving 100,000 records new ids on the main thread was one task of
 * ~0.8 s. Any other `newId` (tests, the CLI's counter) gets placeholder ids from the
 * worker, replaced with its own (`reassignIds`). Gapline files and backups keep the ids
 * they hold, by design.
 */
import type { FormatId, ImportOptions, ImportResult } from './contract';
import { IMPORTERS } from './registry';
import { importFile } from './importFile';
import { readSource, sourceText, type ImportSource, type ReadSource } from './importSource';
import { newId as randomId } from '../domain/newId';
import { reassignIds } from './reassignIds';

export type TransferableImportOptions = Omit<ImportOptions, 'newId' | 'now'> & {
  readonly nowMs: number;
};

export interface ImportRequest<S extends ImportSource = ImportSource> {
  /** Text, a file's bytes, or the file itself: read and decoded in the worker. */
  readonly raw: S;
  readonly fileName: string | null;
  readonly options: TransferableImportOptions;
  /** Forces one format (the CSV worker); null detects it. */
  readonly format: FormatId | null;
  /** The caller's ids are the app's random ones: the worker makes them, the caller keeps them. */
  readonly randomIds: boolean;
}

export function toImportRequest<S extends ImportSource>(
  raw: S,
  fileName: string | null,
  options: ImportOptions,
  format: FormatId | null = null,
): ImportRequest<S> {
  const { newId: _newId, now, ...rest } = options;
  return {
    raw,
    fileName,
    options: { ...rest, nowMs: now() },
    format,
    randomIds: options.newId === randomId,
  };
}

/** Runs a request (in the worker): reads the file it names, then `handleImportRequest`. */
export async function answerImportRequest(request: ImportRequest): Promise<ImportResult> {
  const read = await readSource(request.raw);
  if (!read.ok) return read.failure;
  return handleImportRequest({ ...request, raw: read.source });
}

/** Runs a request whose source is in memory. */
export function handleImportRequest(request: ImportRequest<ReadSource>): ImportResult {
  const { nowMs, ...rest } = request.options;
  let n = 0;
  const placeholder = (): string => `worker-${++n}`;
  const newId = request.randomIds ? randomId : placeholder;
  const options: ImportOptions = { ...rest, newId, now: () => nowMs };
  const source = sourceText(request.raw);
  if (!source.ok) return source.failure;
  if (request.format === null) return importFile(source.text, request.fileName, options);
  return IMPORTERS[request.format].parse(source.text, {
    ...options,
    fileName: request.fileName ?? options.fileName,
  });
}

/**
 * Replaces the worker's placeholder ids with the caller's; keeps the ids of a request with
 * `randomIds`, and of Gapline files and backups.
 */
export function adoptWorkerResult(
  result: ImportResult,
  request: Pick<ImportRequest, 'randomIds'>,
  newId: () => string,
): ImportResult {
  if (!result.ok || request.randomIds) return result;
  if (result.format === 'gapline' || result.format === 'gapline-backup') return result;
  return {
    ...result,
    // The worker's summary names the messages by their placeholder ids: left out.
    incidents: result.incidents.map(({ summary: _summary, ...incident }) => ({
      ...incident,
      data: reassignIds(incident.data, newId),
    })),
  };
}
