import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../../src/import/text/decodeImportBytes';

const CSV =
  'timestamp,channel,author,kind,message\n2024-03-05T14:12:00Z,Status page,Zoë,update,Pagos fallan — ¿por qué?\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = littleEndian ? 0xff : 0xfe;
    out[i++] = littleEndian ? 0xfe : 0xff;
  }
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out[i++] = littleEndian ? code & 0xff : code >> 8;
    out[i++] = littleEndian ? code >> 8 : code & 0xff;
  }
  return out;
}

/** Windows-1252 bytes of a Latin-1 string (what Excel on Windows saves as "CSV"). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeImportBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeImportBytes(utf8(CSV))).toEqual({ ok: true, text: CSV, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]);
    expect(decodeImportBytes(bom)).toEqual({ ok: true, text: CSV, encoding: 'utf-8' });
  });

  it('reads UTF-16 in both byte orders by its byte order mark', () => {
    const text = CSV.replace('—', '-');
    expect(decodeImportBytes(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeImportBytes(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const text = 'timestamp,author,message\n2024-03-05T14:12:00Z,Zoë,Pagos fallan ¿por qué? €\n';
    const bytes = latin1(text.replace('€', '\u0080'));
    expect(decodeImportBytes(bytes)).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });

  it('refuses images, PDFs and archives by their signature, whatever the file name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeImportBytes(png)).toEqual({ ok: false, kind: 'PNG image' });
    expect(decodeImportBytes(utf8('%PDF-1.7\n%âãÏÓ'))).toEqual({ ok: false, kind: 'PDF document' });
    expect(decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toMatchObject({
      ok: false,
      kind: expect.stringMatching(/^ZIP archive/),
    });
    expect(decodeImportBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      ok: false,
      kind: 'JPEG image',
    });
  });

  it('refuses other binary content by its NUL bytes, and reads an empty file as empty text', () => {
    expect(decodeImportBytes(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]))).toEqual({
      ok: false,
      kind: 'binary file',
    });
    expect(decodeImportBytes(new Uint8Array([]))).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
    });
  });
});
