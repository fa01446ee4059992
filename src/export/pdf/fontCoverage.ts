/**
 * Which characters a TrueType font can draw, read from its `cmap` table (the Unicode BMP
 * subtable, format 4, which is also the one jspdf draws from). A character outside it —
 * or outside the BMP, which jspdf cannot draw from an embedded font — is not covered.
 */

const tag = (view: DataView, at: number): string =>
  String.fromCharCode(
    view.getUint8(at),
    view.getUint8(at + 1),
    view.getUint8(at + 2),
    view.getUint8(at + 3),
  );

function tableOffset(view: DataView, name: string): number | null {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    if (tag(view, record) === name) return view.getUint32(record + 8);
  }
  return null;
}

/** The offset of the first Unicode BMP subtable in format 4 (Windows 3/1, else Unicode 0/x). */
function bmpSubtable(view: DataView, cmap: number): number | null {
  const count = view.getUint16(cmap + 2);
  let fallback: number | null = null;
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) !== 4) continue;
    if (platform === 3 && encoding === 1) return offset;
    if (platform === 0) fallback ??= offset;
  }
  return fallback;
}

/** The BMP code points the font maps to a real glyph (not glyph 0, `.notdef`). */
export function fontCoverage(font: Uint8Array): ReadonlySet<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, 'cmap');
  const table = cmap === null ? null : bmpSubtable(view, cmap);
  const covered = new Set<number>();
  if (table === null) return covered;
  const segments = view.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i += 1) {
    const end = view.getUint16(ends + i * 2);
    const start = view.getUint16(starts + i * 2);
    const delta = view.getUint16(deltas + i * 2);
    const rangeOffsetAt = rangeOffsets + i * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        const at = rangeOffsetAt + rangeOffset + (code - start) * 2;
        const raw = at + 2 <= font.byteLength ? view.getUint16(at) : 0;
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(code);
    }
  }
  return covered;
}
