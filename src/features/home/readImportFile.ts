import { decodeImportBytes } from '../../import/text/decodeImportBytes';

/** Thrown when a chosen file is not text; `kind` says what it is (`PNG image`). */
export class NotTextFileError extends Error {
  constructor(readonly kind: string) {
    super(kind);
    this.name = 'NotTextFileError';
  }
}

/** A chosen file's text, decoded by its bytes (BOM, UTF-8, else Windows-1252). */
export async function readImportFile(file: Blob): Promise<string> {
  const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw new NotTextFileError(decoded.kind);
  return decoded.text;
}
