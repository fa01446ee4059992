import { readFileSync } from 'node:fs';

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

/** Reads a UTF-8 file; a failure is a short reason, never a thrown error. */
export function readTextFile(path: string): ReadResult {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}
