import type { ReportNote } from '../../domain/report/reportModel';
import type { PdfContext } from './PdfContext';
import { COLOR } from './pdfStyle';
import { momentText } from './pdfWords';

/** `Gap: Seventy minutes without a word (Carla Ruiz, 14:55)`. */
export function noteLine(note: ReportNote, ctx: PdfContext): string {
  const { t, locale, model } = ctx;
  const author = note.author ?? t('export.pdf.anonymous');
  const when = momentText(note.at, model.timeZone, locale, model.incident.alert);
  return `${t(`timeline.category.${note.category}`)}: ${note.text} (${author}, ${when})`;
}

/**
 * Problems and root causes, most voted first: each root cause's why-chain (the last answer
 * is the cause), the problem notes it explains, its votes and whether it was picked.
 */
export function drawRootCauses(ctx: PdfContext): void {
  const { model, w, t } = ctx;
  w.heading(t('export.pdf.rootCauses'));
  if (model.rootCauses.length === 0) {
    w.paragraph(t('export.pdf.rc.none'));
    return;
  }
  w.table({
    head: [
      t('export.pdf.rc.rank'),
      t('export.pdf.rc.whys'),
      t('export.pdf.rc.problems'),
      t('export.pdf.rc.votes'),
    ],
    body: model.rootCauses.map((rc, i) => [
      String(i + 1),
      rc.whys.map((why, n) => `${n + 1}. ${why}`).join('\n'),
      rc.problems.length === 0
        ? t('common.none')
        : rc.problems.map((p) => `• ${noteLine(p, ctx)}`).join('\n'),
      rc.selected ? `${rc.votes}\n${t('export.pdf.rc.picked')}` : String(rc.votes),
    ]),
    columnStyles: {
      0: { cellWidth: 9, halign: 'right' },
      1: { cellWidth: 76 },
      3: { cellWidth: 24 },
    },
    didParseCell: (data) => {
      const rc = data.section === 'body' ? model.rootCauses[data.row.index] : undefined;
      if (rc?.selected === true && data.column.index === 3) data.cell.styles.fontStyle = 'bold';
      if (rc !== undefined && data.column.index === 0) data.cell.styles.textColor = COLOR.muted;
    },
  });
}
