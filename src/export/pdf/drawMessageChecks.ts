import { ruleName } from '../../i18n/ruleName';
import type { PdfContext } from './PdfContext';
import { timeColumn } from './pdfWords';

/**
 * The message checks' findings the team kept (issue "Assess the messages themselves"):
 * when and where, the hint, what was found, what to try. Dismissed ones are only counted.
 */
export function drawMessageChecks({ model, w, t, locale }: PdfContext): void {
  w.heading(t('export.pdf.checks'));
  const { findings, dismissedFindings } = model;
  if (findings.length === 0) {
    w.paragraph(
      t(dismissedFindings > 0 ? 'export.pdf.checks.allDismissed' : 'export.pdf.checks.none'),
    );
  } else {
    const instants = findings.flatMap((f) => (f.instant === null ? [] : [f.instant]));
    const time = timeColumn(instants, model.timeZone, locale, model.incident.alert);
    w.table({
      head: [
        time.label(t('export.pdf.checks.message')),
        t('export.pdf.checks.hint'),
        t('export.pdf.checks.evidence'),
        t('export.pdf.checks.suggestion'),
      ],
      body: findings.map((f) => [
        f.instant === null || f.channel === null
          ? t('checks.whereIncident')
          : `${time.text(f.instant)}\n${f.channel}`,
        t(ruleName(f.rule)),
        f.evidence,
        f.suggestion,
      ]),
      columnStyles: { 0: { cellWidth: 27 }, 1: { cellWidth: 30 } },
    });
  }
  if (dismissedFindings > 0) {
    w.paragraph(t('export.pdf.checks.dismissed', { count: dismissedFindings }), { size: 9 });
  }
}
