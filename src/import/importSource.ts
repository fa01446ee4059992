/**
 * What an import starts from: text (pasted, or already decoded) or a file's bytes. Bytes
 * are decoded where they are parsed — in the import worker for a big file — so that a big
 * file's decoding (~70 ms at 21 MB) and its text's copy to the worker (another ~70 ms)
 * are not tasks of the page.
 */
import type { ImportResult } from './contract';
import { importFailure } from './importFailure';
import { decodeImportBytes } from './text/decodeImportBytes';

export type ImportSource = string | Uint8Array;

/** Its size: characters of text, bytes of a file. */
export function sourceSize(source: ImportSource): number {
  return typeof source === 'string' ? source.length : source.byteLength;
}

/**
 * The source's text (`decodeImportBytes`: BOM, UTF-8, else Windows-1252), or the
 * `not-text` failure that names what the bytes are (`PNG image`).
 */
export function sourceText(
  source: ImportSource,
):
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failure: ImportResult } {
  if (typeof source === 'string') return { ok: true, text: source };
  const decoded = decodeImportBytes(source);
  if (!decoded.ok) return { ok: false, failure: importFailure('not-text', decoded.kind) };
  return { ok: true, text: decoded.text };
}
