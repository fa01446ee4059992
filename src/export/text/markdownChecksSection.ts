/**
 * The Markdown report's **Message checks** section: the findings the team kept, one list
 * item each (when and where, the hint's name, what was found, what to try), and how many
 * were dismissed. Review text (evidence quotes messages) goes through `markdownText`.
 */
import type { ReportModel } from '../../domain/report/reportModel';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { ruleName } from '../../i18n/ruleName';
import { markdownHeadingText, markdownText } from './markdownText';
import type { TextExportWords } from './TextExportWords';

export function markdownChecksSection(
  model: ReportModel,
  { t, locale }: TextExportWords,
): string[] {
  const lines = [`## ${markdownHeadingText(t('export.doc.checks'))}`, ''];
  const { findings, dismissedFindings } = model;
  if (findings.length === 0) {
    lines.push(
      markdownText(
        t(dismissedFindings > 0 ? 'export.doc.checksAllDismissed' : 'export.doc.checksNone'),
      ),
    );
  } else {
    for (const f of findings) {
      const where =
        f.instant === null || f.channel === null
          ? t('checks.whereIncident')
          : `${formatDateTime(f.instant, model.timeZone, locale)}, ${f.channel}`;
      lines.push(
        `- **${markdownText(t(ruleName(f.rule)))}** (${markdownText(where)}): ${markdownText(f.evidence)}`,
        `  - ${markdownText(t('export.doc.checksTry', { suggestion: f.suggestion }))}`,
      );
    }
    if (dismissedFindings > 0) lines.push('');
  }
  if (dismissedFindings > 0) {
    lines.push(`_${markdownText(t('export.doc.checksDismissed', { count: dismissedFindings }))}_`);
  }
  return [...lines, ''];
}
