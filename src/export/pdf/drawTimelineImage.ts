import type { PdfContext } from './PdfContext';
import { COLOR, MARGIN, SIZE } from './pdfStyle';

export interface TimelineJpeg {
  /** `data:image/jpeg;base64,…` */
  readonly dataUrl: string;
  /** Pixels, for the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

/** A base64 JPEG data URL (JPEG data opens with FF D8 FF: `/9j/` in base64). */
const isJpegDataUrl = (url: string): boolean => url.startsWith('data:image/jpeg;base64,/9j/');

/**
 * The timeline drawing on a landscape page of its own, as large as the page allows (the
 * JPEG is drawn, never re-encoded). Without an image (the CLI has no canvas) a line in the
 * flow says there is none (as for anything that is not a JPEG data URL). After the drawing,
 * the next section starts on a portrait page.
 */
export function drawTimelineImage(ctx: PdfContext, image: TimelineJpeg | null): void {
  const { w, t } = ctx;
  if (image === null || image.width <= 0 || image.height <= 0 || !isJpegDataUrl(image.dataUrl)) {
    w.heading(t('export.pdf.timeline'), 10);
    w.paragraph(t('export.pdf.timeline.none'), { color: COLOR.muted });
    return;
  }
  w.newPage('landscape');
  w.heading(t('export.pdf.timeline'), 60);
  w.paragraph(t('export.pdf.timeline.caption'), { size: SIZE.small, color: COLOR.muted });
  w.space(2);
  const room = { width: w.contentWidth, height: w.bottom - w.y };
  const scale = Math.min(room.width / image.width, room.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const x = MARGIN.left + (room.width - width) / 2;
  w.doc.addImage(image.dataUrl, 'JPEG', x, w.y, width, height, undefined, 'NONE');
  w.doc.setDrawColor(...COLOR.rule);
  w.doc.setLineWidth(0.2);
  w.doc.rect(x, w.y, width, height);
  w.newPage('portrait');
}
