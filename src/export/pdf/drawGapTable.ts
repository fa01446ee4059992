import type { Gap } from '../../domain/gaps/types';
import { formatMinutes } from '../../i18n/formatMinutes';
import type { PdfContext } from './PdfContext';
import { COLOR, SIZE } from './pdfStyle';
import { gapEndText } from '../../i18n/gapEndText';
import { timeColumn } from './pdfWords';

/**
 * The gap table: from, to, minutes and status of every gap. A gap over the target is
 * marked three ways — the ⚠ sign and the word, bold text, a shaded row — and a late one
 * with the sign and a lighter shade; the longest carries a ★. A legend says so.
 */
export function drawGapTable({ model, w, t, locale }: PdfContext): void {
  const { gaps, timeZone: zone, incident } = model;
  w.heading(t('export.pdf.gaps'));
  if (model.summary === null) {
    w.paragraph(t(`export.pdf.noFigures.${model.analysisError?.code ?? 'missing-alert'}`));
    return;
  }
  if (gaps.length === 0) {
    w.paragraph(t('export.pdf.gaps.none'));
    return;
  }
  w.paragraph(
    t('export.pdf.gaps.legend', { ideal: incident.target.ideal, max: incident.target.max }),
    { size: SIZE.small, color: COLOR.muted },
  );
  w.space(1);
  const time = timeColumn(
    gaps.flatMap((g) => [g.from, g.to]),
    zone,
    locale,
    incident.alert,
  );
  const status = (gap: Gap): string => {
    const word = t(`gaps.status.${gap.status}`);
    const marked = gap.status === 'ok' ? word : `⚠ ${word}`;
    return gap.longest ? `${marked}\n${t('export.pdf.gaps.longest')}` : marked;
  };
  w.table({
    head: [
      time.label(t('export.pdf.gaps.from')),
      time.label(t('export.pdf.gaps.to')),
      t('export.pdf.gaps.minutes'),
      t('export.pdf.gaps.status'),
    ],
    body: gaps.map((gap) => [
      `${gapEndText(gap.fromEnd, t)} · ${time.text(gap.from)}`,
      `${gapEndText(gap.toEnd, t)} · ${time.text(gap.to)}`,
      formatMinutes(gap.minutes, locale),
      status(gap),
    ]),
    columnStyles: { 2: { halign: 'right', cellWidth: 22 }, 3: { cellWidth: 34 } },
    didParseCell: (data) => {
      const gap = data.section === 'body' ? gaps[data.row.index] : undefined;
      if (gap === undefined) return;
      if (gap.status === 'gap') {
        data.cell.styles.fillColor = COLOR.alarmFill;
        data.cell.styles.fontStyle = 'bold';
      } else if (gap.status === 'late') {
        data.cell.styles.fillColor = COLOR.lateFill;
      }
    },
  });
}
