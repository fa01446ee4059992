/**
 * What an import starts from: text (pasted), a file's bytes, or the chosen file itself. A
 * big file is sent to the import worker as it is (a handle, not a copy) and read and
 * decoded there, so that none of it is a task of the page: at 21 MB, decoding it took
 * ~70 ms of the page, and copying its text (or even its bytes) to the worker another
 * ~70–80 ms.
 */
import type { ImportResult } from './contract';
import { importFailure } from './importFailure';
import { decodeImportBytes } from './text/decodeImportBytes';

export type ImportSource = string | Uint8Array | Blob;

/** A source that is already in memory. */
export type ReadSource = string | Uint8Array;

/** Its size: characters of text, bytes of a file. */
export function sourceSize(source: ImportSource): number {
  if (typeof source === 'string') return source.length;
  return ArrayBuffer.isView(source) ? source.byteLength : source.size;
}

/** An error's message (a DOMException's too, which is not always an `Error` here). */
const messageOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string'
    ? e.message
    : String(e);

/** A file's bytes read into memory, or the `read` failure that says why they could not be. */
export async function readSource(
  source: ImportSource,
): Promise<
  | { readonly ok: true; readonly source: ReadSource }
  | { readonly ok: false; readonly failure: ImportResult }
> {
  if (typeof source === 'string' || ArrayBuffer.isView(source)) return { ok: true, source };
  try {
    return { ok: true, source: new Uint8Array(await source.arrayBuffer()) };
  } catch (e) {
    return { ok: false, failure: importFailure('read', messageOf(e)) };
  }
}

/**
 * The source's text (`decodeImportBytes`: BOM, UTF-8, else Windows-1252), or the
 * `not-text` failure that names what the bytes are (`PNG image`).
 */
export function sourceText(
  source: ReadSource,
):
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failure: ImportResult } {
  if (typeof source === 'string') return { ok: true, text: source };
  const decoded = decodeImportBytes(source);
  if (!decoded.ok) return { ok: false, failure: importFailure('not-text', decoded.kind) };
  return { ok: true, text: decoded.text };
}
