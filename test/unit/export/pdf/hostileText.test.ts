// @vitest-environment node
// Security (reliability notes, G14): a PDF made from hostile incident text holds no script,
// action, link or form — no `/JavaScript`, `/JS`, `/Launch`, `/AcroForm`, `/URI` — and the
// text is drawn as glyphs, never spliced into the PDF's own syntax.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../../src/domain/model';
import { makeCommunication } from '../../../factories/makeRecords';
import { TIMELINE_JPEG } from './timelineJpegFixture';
import { pdfText, renderPdf, reportOf, workshopReview } from './pdfTestSupport';

const MEGABYTE = 'A'.repeat(1 << 20);
const HOSTILE = [
  ') Tj /JavaScript (app.alert(1)) /S /JavaScript >> endobj',
  'back\\slash \\) \\\\ /JS (this.print()) /Launch /F (calc.exe)',
  '<script>alert("x")</script> <a href="javascript:alert(1)">click</a> https://evil.example/',
  '/AcroForm << /Fields [] >> /URI (https://evil.example) /OpenAction 5 0 R /Annots [6 0 R]',
  'null\u0000bell\u0007escape\u001b[31m form\u000cfeed vertical\u000btab del\u007f c1\u0085\u009b',
  'RTL \u202eevil.exe\u202c \u2067hidden\u2069 zero\u200bwidth \ufeffbom',
  'שלום עולם — مرحبا بالعالم',
  MEGABYTE,
];

function hostileReview(): ReviewData {
  const base = workshopReview();
  const [first, ...rest] = base.communications;
  const h = (i: number) => HOSTILE[i % HOSTILE.length] ?? '';
  return {
    ...base,
    incident: { ...base.incident, title: `${h(0)} ${h(5)}` },
    channels: base.channels.map((c, i) => ({ ...c, name: h(i) })),
    communications: [
      ...HOSTILE.map((text, i) =>
        makeCommunication({ ...first, id: `hostile-${i}`, text, author: h(i + 1) }),
      ),
      ...rest,
    ],
    participants: base.participants.map((p, i) => ({ ...p, name: h(i + 2) })),
    notes: base.notes.map((n, i) => ({ ...n, text: h(i + 3), author: h(i) })),
    rootCauses: base.rootCauses.map((rc) => ({ ...rc, whys: [...HOSTILE] })),
    actions: base.actions.map((a, i) => ({ ...a, text: h(i), owner: h(i + 4), deadline: h(i) })),
    session: base.session === null ? null : { ...base.session, facilitator: MEGABYTE },
  };
}

interface PdfParts {
  /** The PDF's own syntax: everything outside stream data. */
  readonly syntax: string;
  /** Every stream, inflated when it is compressed. */
  readonly streams: readonly { readonly dictionary: string; readonly data: string }[];
}

function pdfParts(bytes: Uint8Array): PdfParts {
  const raw = Buffer.from(bytes).toString('latin1');
  const streams: { dictionary: string; data: string }[] = [];
  const streamRe = /<<((?:(?!<<|>>)[\s\S]|<<[\s\S]*?>>)*)>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g;
  const syntax = raw.replace(streamRe, (_whole, dictionary: string, data: string) => {
    const buffer = Buffer.from(data, 'latin1');
    const inflated = dictionary.includes('/FlateDecode') ? inflateSync(buffer) : buffer;
    streams.push({ dictionary, data: inflated.toString('latin1') });
    return `<<${dictionary}>> stream endstream`;
  });
  return { syntax, streams };
}

const FORBIDDEN =
  /\/(JavaScript|JS|Launch|AcroForm|URI|OpenAction|AA|Annots|EmbeddedFile|SubmitForm|GoToR)\b/;

describe('a PDF from hostile text', () => {
  it('holds no script, action, link or form, and still reads', async () => {
    const started = performance.now();
    const pdf = await renderPdf(reportOf(hostileReview()), { timelineJpeg: TIMELINE_JPEG });
    const elapsed = performance.now() - started;
    const { syntax, streams } = pdfParts(pdf.bytes);

    expect(syntax.startsWith('%PDF-')).toBe(true);
    // jspdf's catalog opens the first page at full width: a destination, not an action.
    expect(syntax.match(/\/OpenAction[^\n]*/g)).toEqual(['/OpenAction [3 0 R /FitH null]']);
    expect(syntax.replace('/OpenAction [3 0 R /FitH null]', '')).not.toMatch(FORBIDDEN);
    // Page contents draw text as glyph ids: none of the hostile words are in them as text.
    const contents = streams.filter(
      (s) => !/\/Length1|\/Subtype \/Image/.test(s.dictionary) && !s.data.startsWith('/CIDInit'),
    );
    expect(contents.length).toBeGreaterThanOrEqual(pdf.pages);
    for (const s of contents) {
      expect(s.data).not.toMatch(FORBIDDEN);
      expect(s.data).not.toContain('<script>');
      expect(s.data).not.toContain('AAAAAAAAAAAAAAAA');
    }

    const text = pdfText(pdf.bytes);
    expect(text).toContain(') Tj /JavaScript (app.alert(1)) /S /JavaScript >> endobj');
    expect(text).toContain('back\\slash \\) \\\\ /JS (this.print())');
    expect(text).toContain('<script>alert("x")</script>');
    // Control and invisible formatting characters are dropped, never drawn as boxes.
    expect(text).toContain('nullbellescape[31m formfeed verticaltab del c1');
    expect(text).toContain('RTL evil.exe hidden zerowidth bom');
    // A megabyte of text is cut, visibly, and the document stays a few pages long.
    expect(text).toContain(`[cut here: ${(1 << 20).toLocaleString('en')} characters in all]`);
    expect(pdf.pages).toBeLessThan(60);
    expect(pdf.bytes.length).toBeLessThan(2_000_000);
    expect(elapsed).toBeLessThan(20_000);
  });
});
