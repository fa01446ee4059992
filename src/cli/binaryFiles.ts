import { readFileSync, writeFileSync } from 'node:fs';
import { fileErrorReason } from './readTextFile';

export type BytesResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string };

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Reads a file's bytes (the PDF's fonts); a failure is a short reason, never a throw. */
export function readBytesFile(path: string): BytesResult {
  try {
    const buffer = readFileSync(path);
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length) };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}

/** Writes a whole file (text as UTF-8); a failure is a short reason, never a throw. */
export function writeOutputFile(path: string, data: string | Uint8Array): WriteResult {
  try {
    writeFileSync(path, data);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}
