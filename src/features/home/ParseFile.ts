import type { ImportOptions, ImportResult } from '../../import/contract';

/** Parses a file's text into incidents (in a worker in the app). */
export type ParseFile = (
  raw: string,
  fileName: string | null,
  options: ImportOptions,
) => Promise<ImportResult>;
