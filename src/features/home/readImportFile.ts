/**
 * A chosen file's bytes. They are decoded where they are parsed (`sourceText`: BOM, UTF-8,
 * else Windows-1252; images and archives refused) — in the import worker for a big file.
 */
export async function readImportFile(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
