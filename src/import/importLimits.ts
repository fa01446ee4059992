/**
 * Limits on what an import accepts (../shared/notes/reliability.md, Table 2 and G2/G15):
 * beyond them the import ends in a typed error, quickly, instead of a frozen tab.
 */
import type { ImportError } from './contract';

/** 200 MB: files above this are refused before they are read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Deepest JSON nesting accepted (real files need about 5). */
export const MAX_JSON_DEPTH = 64;

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The `too-large` error for a file of `byteLength` bytes, or null when it fits. The app
 * calls this with `File.size` before reading; `importFile` calls it with the text length.
 */
export function checkImportSize(byteLength: number): ImportError | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return {
    code: 'too-large',
    message: `The file is ${megabytes(byteLength)}; Gapline imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`,
  };
}
