import { formatDateTime } from '../../domain/time/formatDateTime';
import type { PdfContext } from './PdfContext';
import { COLOR, MARGIN, SIZE } from './pdfStyle';

/**
 * On every page, once all are laid out: the footer ("Generated on … (zone)" and "Page N
 * of M") and, from page 2 on, a running head with the incident's title.
 */
export function drawPageFrames({ model, w, t, locale }: PdfContext): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  const generated = t('export.pdf.generated', {
    date: formatDateTime(model.generatedAt, model.timeZone, locale),
    zone: model.timeZone,
  });
  const kicker = w.text.clean(t('export.pdf.kicker'));
  const title = w.text.clean(model.incident.title, 300).replace(/\s+/g, ' ');
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const width = w.pageWidth;
    const footerY = w.pageHeight - MARGIN.bottom / 2;
    w.font(SIZE.small, false, COLOR.muted);
    doc.text(w.text.clean(generated), MARGIN.left, footerY, { baseline: 'middle' });
    doc.text(w.text.clean(t('export.pdf.page', { page, pages })), width - MARGIN.right, footerY, {
      baseline: 'middle',
      align: 'right',
    });
    if (page === 1) continue;
    const headY = MARGIN.top / 2;
    const kickerWidth = doc.getTextWidth(kicker);
    const room = width - MARGIN.left - MARGIN.right - kickerWidth - 8;
    const lines = w.wrap(title, room);
    const head = lines.length > 1 ? `${(lines[0] ?? '').trimEnd()}…` : (lines[0] ?? '');
    doc.text(head, MARGIN.left, headY, { baseline: 'middle' });
    doc.text(kicker, width - MARGIN.right, headY, { baseline: 'middle', align: 'right' });
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.left, headY + 3, width - MARGIN.right, headY + 3);
  }
}
