import type { TimelineJpegSnapshot } from '../../canvas/TimelineSnapshotStage';
import type { ReviewData } from '../../domain/model';
import { buildReportModel } from '../../domain/report/buildReportModel';
import type { ReportLanguage } from '../../domain/report/reportModel';
import { exportFileName } from '../../export/exportFileName';
import type { PdfPageSize } from '../../export/pdf/pdfFontFiles';
import type { Translate } from '../../i18n/I18nContext';
import { downloadBlob } from '../../ui/downloadBlob';
import { loadPdfFonts } from './loadPdfFonts';

export interface PdfExportRequest {
  readonly data: ReviewData;
  readonly zone: string;
  readonly language: ReportLanguage;
  readonly locale: string;
  readonly t: Translate;
  readonly pageSize: PdfPageSize;
  /** The timeline drawing, or null when it cannot be drawn. */
  readonly timeline: () => Promise<TimelineJpegSnapshot | null>;
}

export interface PdfExportResult {
  readonly fileName: string;
  readonly pages: number;
  readonly replacedCharacters: readonly string[];
  readonly withTimeline: boolean;
}

/**
 * Makes the PDF action plan of the review as it is now, in the UI's language, and
 * downloads it: the report model, the fonts, the timeline drawing and the renderer (jspdf,
 * loaded only here) are fetched together.
 */
export async function exportReportPdf(request: PdfExportRequest): Promise<PdfExportResult> {
  const { data, zone, language, locale, t, pageSize } = request;
  const model = buildReportModel(data, { language, generatedAt: Date.now(), timeZone: zone });
  const [fonts, timeline, { renderReportPdf }] = await Promise.all([
    loadPdfFonts(),
    request.timeline().catch(() => null),
    import('../../export/pdf/renderReportPdf'),
  ]);
  const pdf = await renderReportPdf(model, { pageSize, fonts, timelineJpeg: timeline, t, locale });
  const fileName = exportFileName(model, 'pdf');
  downloadBlob(pdf.bytes.slice(), fileName, 'application/pdf');
  return {
    fileName,
    pages: pdf.pages,
    replacedCharacters: pdf.replacedCharacters,
    withTimeline: timeline !== null,
  };
}
