/**
 * The PDF action plan (issue "Take the plan away"): one pure function of the report model,
 * usable in the browser (loaded only when the user exports) and in Node (the CLI). It uses
 * jspdf's text, table (jspdf-autotable) and image functions only — no HTML, no links, no
 * forms — and an embedded TTF, so any Latin, Greek or Cyrillic text comes out as written;
 * a character the font lacks is replaced visibly and listed in `replacedCharacters`.
 */
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../../domain/report/reportModel';
import type { Translate } from '../../i18n/I18nContext';
import { drawActionPlan } from './drawActionPlan';
import { drawCommunications } from './drawCommunications';
import { drawCoverPage } from './drawCoverPage';
import { drawGapTable } from './drawGapTable';
import { drawMessageChecks } from './drawMessageChecks';
import { drawOtherNotes } from './drawOtherNotes';
import { drawPageFrames } from './drawPageFrames';
import { drawRecommendations } from './drawRecommendations';
import { drawRootCauses } from './drawRootCauses';
import { drawTimelineImage, type TimelineJpeg } from './drawTimelineImage';
import { fontCoverage } from './fontCoverage';
import { makePdfTextCleaner } from './makePdfTextCleaner';
import type { PdfFonts, PdfPageSize } from './pdfFontFiles';
import { PdfWriter } from './PdfWriter';
import { registerPdfFonts } from './registerPdfFonts';

export { PDF_FONT_FILES } from './pdfFontFiles';

export interface ReportPdfOptions {
  readonly pageSize: PdfPageSize;
  readonly fonts: PdfFonts;
  /** The timeline drawing, or null (the PDF then says there is none). */
  readonly timelineJpeg: TimelineJpeg | null;
  /** In the report's language. */
  readonly t: Translate;
  /** BCP 47 locale for dates and numbers. */
  readonly locale: string;
}

export interface ReportPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** Characters the font cannot draw, each once: they show as `□` in the PDF. */
  readonly replacedCharacters: readonly string[];
}

const coverageCache = new WeakMap<Uint8Array, ReadonlySet<number>>();

function coverageOf(font: Uint8Array): ReadonlySet<number> {
  let covered = coverageCache.get(font);
  if (covered === undefined) {
    covered = fontCoverage(font);
    coverageCache.set(font, covered);
  }
  return covered;
}

/** Characters both faces draw: the text is then the same in regular and bold. */
function bothFaces(fonts: PdfFonts): ReadonlySet<number> {
  const bold = coverageOf(fonts.bold);
  return new Set([...coverageOf(fonts.regular)].filter((c) => bold.has(c)));
}

export function renderReportPdf(model: ReportModel, options: ReportPdfOptions): Promise<ReportPdf> {
  const { t, locale } = options;
  const doc = new jsPDF({
    unit: 'mm',
    format: options.pageSize,
    orientation: 'portrait',
    compress: true,
  });
  registerPdfFonts(doc, options.fonts);
  const count = new Intl.NumberFormat(locale);
  const text = makePdfTextCleaner(bothFaces(options.fonts), (total) =>
    t('export.pdf.cut', { count: count.format(total) }),
  );
  const ctx = { model, t, locale, w: new PdfWriter(doc, options.pageSize, text) };

  drawCoverPage(ctx);
  drawActionPlan(ctx);
  drawTimelineImage(ctx, options.timelineJpeg);
  drawGapTable(ctx);
  drawRootCauses(ctx);
  drawOtherNotes(ctx);
  drawMessageChecks(ctx);
  drawRecommendations(ctx);
  drawCommunications(ctx);
  drawPageFrames(ctx);

  doc.setProperties({ title: t('export.pdf.kicker'), creator: 'Gapline' });
  return Promise.resolve({
    bytes: new Uint8Array(doc.output('arraybuffer')),
    pages: doc.getNumberOfPages(),
    replacedCharacters: text.replaced(),
  });
}
