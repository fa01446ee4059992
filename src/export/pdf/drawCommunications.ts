import { COMMUNICATION_KINDS as KINDS } from '../../domain/model';
import type { PdfContext } from './PdfContext';
import { COLOR } from './pdfStyle';
import { timeColumn } from './pdfWords';

/**
 * Every communication in time order — time, channel, author, type and text — internal ones
 * too, in muted text. The date is written when it is not the alert's day.
 */
export function drawCommunications({ model, w, t, locale }: PdfContext): void {
  const { communications, timeZone: zone } = model;
  w.heading(t('export.pdf.comms'));
  if (communications.length === 0) {
    w.paragraph(t('export.pdf.comms.none'));
    return;
  }
  const day = model.incident.alert ?? communications[0]?.instant ?? null;
  const time = timeColumn(
    communications.map((c) => c.instant),
    zone,
    locale,
    day,
  );
  w.table({
    head: [
      time.label(t('export.pdf.comms.time')),
      t('export.pdf.comms.channel'),
      t('export.pdf.comms.author'),
      t('export.pdf.comms.kind'),
      t('export.pdf.comms.text'),
    ],
    body: communications.map((c) => [
      time.text(c.instant),
      c.channel,
      c.author,
      t(`kind.${c.kind}`),
      c.text,
    ]),
    columnStyles: {
      0: { cellWidth: 25 },
      1: { cellWidth: 23 },
      2: { cellWidth: 24 },
      3: {
        cellWidth: w.columnWidth(
          KINDS.map((k) => t(`kind.${k}`)),
          18,
        ),
      },
    },
    didParseCell: (data) => {
      const c = data.section === 'body' ? communications[data.row.index] : undefined;
      if (c?.kind === 'internal') data.cell.styles.textColor = COLOR.muted;
    },
  });
}
