// The PDF report of a large review (~20 pages: cover, gap table, message checks, every
// communication), rendered in this process by `renderReportPdf` (src/export/pdf) as
// `gapline report --format pdf` does: fonts from public/fonts, the report model from
// `buildReportModel`, no timeline picture. Its floor is bare jspdf, in the same run, writing
// the same number of A4 pages of plain text (the same communications, line by line, with
// `doc.text`) in the same embedded, subsetted fonts: the least a PDF like this costs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { percentile } from '../stats.mjs';
import { REPO } from './bundleDomain.mjs';

/** Communications in the review: about 20 pages of report with the generated texts. */
export const PDF_COMMUNICATIONS = 130;

export function readFonts(mod) {
  const read = (path) => new Uint8Array(readFileSync(join(REPO, 'public', path)));
  return { regular: read(mod.PDF_FONT_FILES.regular), bold: read(mod.PDF_FONT_FILES.bold) };
}

/** Bytes as the binary string jspdf's virtual file system keeps fonts in. */
function binaryString(bytes) {
  const chunks = [];
  for (let i = 0; i < bytes.length; i += 0x2000)
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000)));
  return chunks.join('');
}

/** Bare jspdf: `pages` A4 pages of the communications' lines, repeated as needed. */
function barePdf(fonts, communications, pages) {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS('Bench.ttf', binaryString(fonts.regular));
  doc.addFont('Bench.ttf', 'Bench', 'normal', undefined, 'Identity-H');
  doc.addFileToVFS('Bench-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('Bench-Bold.ttf', 'Bench', 'bold', undefined, 'Identity-H');
  doc.setFont('Bench', 'normal');
  doc.setFontSize(9);
  const [top, bottom, left, width, line] = [20, 277, 15, 180, 4.2];
  let y = top;
  for (let i = 0; ; i = (i + 1) % communications.length) {
    const c = communications[i];
    const head = `${new Date(c.instant).toISOString()}  ${c.channel}  ${c.author}  ${c.kind}`;
    for (const text of [head, ...doc.splitTextToSize(c.text, width)]) {
      if (y > bottom) {
        if (doc.getNumberOfPages() === pages) return new Uint8Array(doc.output('arraybuffer'));
        doc.addPage();
        y = top;
      }
      doc.text(text, left, y);
      y += line;
    }
  }
}

/**
 * Renders the report of `data` (warm-ups + runs, each timed; the report model built once,
 * outside the time) and the floor with as many pages. Returns medians (ms), sizes (bytes)
 * and the page count; a side that fails comes back as an `error`.
 */
export async function timePdf(mod, data, fonts, { warmups, runs }) {
  const model = mod.buildReportModel(data, { language: 'en', generatedAt: Date.UTC(2026, 0, 1) });
  const options = {
    pageSize: 'a4',
    fonts,
    timelineJpeg: null,
    t: mod.makeTranslate('en'),
    locale: mod.LOCALES.en,
  };
  const app = { ms: [], bytes: null, pages: null, error: null };
  const floor = { ms: [], bytes: null, error: null };
  for (let i = 0; i < warmups + runs; i++) {
    if (app.error === null) {
      try {
        const t = performance.now();
        const pdf = await mod.renderReportPdf(model, options);
        if (i >= warmups) app.ms.push(performance.now() - t);
        app.bytes = pdf.bytes.length;
        app.pages = pdf.pages;
      } catch (e) {
        app.error = e instanceof Error ? e.message : String(e);
      }
    }
    if (floor.error === null && app.pages !== null) {
      try {
        const t = performance.now();
        const bytes = barePdf(fonts, model.communications, app.pages);
        if (i >= warmups) floor.ms.push(performance.now() - t);
        floor.bytes = bytes.length;
      } catch (e) {
        floor.error = e instanceof Error ? e.message : String(e);
      }
    }
  }
  const side = (s) =>
    s.error !== null
      ? { error: s.error }
      : s.bytes === null
        ? { error: 'not rendered (the report failed first)' }
        : { ms: percentile(s.ms, 50), bytes: s.bytes };
  return { pages: app.pages, app: side(app), floor: side(floor) };
}
