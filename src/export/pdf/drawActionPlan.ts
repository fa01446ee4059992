import type { CellHookData } from 'jspdf-autotable';
import type { PdfContext } from './PdfContext';
import { COLOR } from './pdfStyle';
import { deadlineText } from './pdfWords';

/** Starts the line under an action that names the root cause it answers. */
const CAUSE_MARK = '↳ ';
/** jspdf-autotable's first-line offset, as a multiple of the font size. */
const FIRST_LINE = 2 - 1.15;

/**
 * The action plan on page 1: every action with its owner, deadline and status, and under
 * it, in grey, the root cause it answers; a missing owner or deadline is said in words (in
 * red). The table continues on the next page under its header.
 */
export function drawActionPlan({ model, w, t, locale }: PdfContext): void {
  w.heading(t('export.pdf.plan'));
  if (model.actions.length === 0) {
    w.paragraph(t('export.pdf.plan.none'));
    return;
  }
  const missing = new Set<string>();
  const body = model.actions.map((a, i) => {
    const owner = a.owner.trim() === '' ? t('export.pdf.plan.noOwner') : a.owner;
    const deadline =
      a.deadline === null ? t('export.pdf.plan.noDeadline') : deadlineText(a.deadline, locale);
    if (a.owner.trim() === '') missing.add(`${i}:2`);
    if (a.deadline === null) missing.add(`${i}:3`);
    const action =
      a.rootCause === null
        ? a.text
        : `${a.text}\n${CAUSE_MARK}${t('export.pdf.plan.for', { cause: a.rootCause })}`;
    return [String(i + 1), action, owner, deadline, t(`plan.actions.status.${a.status}`)];
  });

  // The cause's lines are drawn by hand, in grey, below the action's own.
  let causeLines: string[] = [];
  const isActionCell = (data: CellHookData) => data.section === 'body' && data.column.index === 1;
  w.table({
    head: [
      '#',
      t('export.pdf.plan.action'),
      t('export.pdf.plan.owner'),
      t('export.pdf.plan.deadline'),
      t('export.pdf.plan.status'),
    ],
    body,
    columnStyles: {
      0: { cellWidth: 8, halign: 'right' },
      2: { cellWidth: 36 },
      3: { cellWidth: 28 },
      4: { cellWidth: 24 },
    },
    didParseCell: (data) => {
      if (data.section === 'body' && missing.has(`${data.row.index}:${data.column.index}`))
        data.cell.styles.textColor = COLOR.alarm;
    },
    willDrawCell: (data) => {
      causeLines = [];
      if (!isActionCell(data)) return;
      const lines = data.cell.text;
      const at = lines.findLastIndex((line) => line.startsWith(CAUSE_MARK));
      if (at <= 0) return;
      causeLines = lines.slice(at);
      data.cell.text = lines.slice(0, at);
    },
    didDrawCell: (data) => {
      if (!isActionCell(data) || causeLines.length === 0) return;
      const size = data.cell.styles.fontSize / w.doc.internal.scaleFactor;
      const lineHeight = size * w.doc.getLineHeightFactor();
      const { x, y } = data.cell.getTextPos();
      w.font(data.cell.styles.fontSize, false, COLOR.muted);
      causeLines.forEach((line, i) => {
        w.doc.text(line, x, y + size * FIRST_LINE + (data.cell.text.length + i) * lineHeight);
      });
      causeLines = [];
    },
  });
}
