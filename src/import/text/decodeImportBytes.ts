/**
 * A chosen file's bytes as text, decoded the way the bytes say: a UTF-8 or UTF-16 byte
 * order mark wins; else strict UTF-8; else Windows-1252 (what spreadsheet programs write
 * as "CSV" on Windows), said as a warning. Images, PDFs, archives and other binary files
 * are refused by their signature or their NUL bytes before any importer sees them.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedBytes =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly kind: string };

/** Known binary formats by their first bytes (a PNG renamed `.csv` is still a PNG). */
const SIGNATURES: readonly { readonly kind: string; readonly bytes: readonly number[] }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP archive (or an Excel/Word file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'old Excel/Word file', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** NUL bytes in the first 8 KB: no text format Gapline reads has them (UTF-16 has a BOM). */
function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8_192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Windows-1252's 0x80–0x9F (where it differs from Latin-1). Decoded by hand: Node 20's
 * TextDecoder reads them as C1 controls, browsers as these, and the CLI and the app must
 * agree. Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their code points.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8_192) {
    const chunk = bytes.subarray(i, i + 8_192);
    out += Array.from(chunk, (b) =>
      b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b),
    ).join('');
  }
  return out;
}

export function decodeImportBytes(bytes: Uint8Array): DecodedBytes {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  }
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known !== undefined) return { ok: false, kind: known.kind };
  if (hasNul(bytes)) return { ok: false, kind: 'binary file' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
