import type { ReportNote } from '../../domain/report/reportModel';
import type { PdfContext } from './PdfContext';
import { timeColumn } from './pdfWords';

const noteKey = (n: ReportNote): string => `${n.at}\u0000${n.category}\u0000${n.text}`;

/**
 * The session's notes that no root cause explains (ideas, root-cause notes, problems left
 * open), in time order. Nothing is drawn when every note is already under a root cause.
 */
export function drawOtherNotes({ model, w, t, locale }: PdfContext): void {
  const explained = new Set(model.rootCauses.flatMap((rc) => rc.problems.map(noteKey)));
  const notes = model.notes.filter((n) => !explained.has(noteKey(n)));
  if (notes.length === 0) return;
  w.heading(t('export.pdf.notes'));
  const time = timeColumn(
    notes.map((n) => n.at),
    model.timeZone,
    locale,
    model.incident.alert,
  );
  w.table({
    head: [
      time.label(t('export.pdf.notes.time')),
      t('export.pdf.notes.category'),
      t('export.pdf.notes.text'),
      t('export.pdf.notes.author'),
    ],
    body: notes.map((n) => [
      time.text(n.at),
      t(`timeline.category.${n.category}`),
      n.text,
      n.author ?? t('export.pdf.anonymous'),
    ]),
    columnStyles: { 0: { cellWidth: 25 }, 1: { cellWidth: 24 }, 3: { cellWidth: 32 } },
  });
}
