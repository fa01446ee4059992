import { readFileSync } from 'node:fs';
import { decodeImportBytes } from '../import/text/decodeImportBytes';

export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ERR_STRING_TOO_LONG: 'the file is too large',
  ENAMETOOLONG: 'the name is too long',
};

/** A file system error as a short reason (`no such file`, `permission denied`, …). */
export function fileErrorReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return REASONS[code] ?? message.split('\n')[0] ?? 'unreadable';
}

/**
 * Reads a text file as the web app does (`decodeImportBytes`: BOM, UTF-8, else
 * Windows-1252; images, PDFs and archives refused); a failure is a short reason, never a
 * thrown error.
 */
export function readTextFile(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
  let decoded: ReturnType<typeof decodeImportBytes>;
  try {
    decoded = decodeImportBytes(bytes);
  } catch (error) {
    // A string longer than V8 allows (over ~512 MB of text).
    return { ok: false, reason: fileErrorReason(error) };
  }
  return decoded.ok
    ? { ok: true, text: decoded.text }
    : { ok: false, reason: `not a text file (${decoded.kind})` };
}
