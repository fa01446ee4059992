import type { ImportOptions, ImportResult } from '../../import/contract';
import type { ImportSource } from '../../import/importSource';

/** Parses a file's bytes or a text into incidents (in a worker in the app, when big). */
export type ParseFile = (
  raw: ImportSource,
  fileName: string | null,
  options: ImportOptions,
) => Promise<ImportResult>;
