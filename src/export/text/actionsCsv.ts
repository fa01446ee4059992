/**
 * The action plan as a CSV file for a spreadsheet or a tracker's import: one row per
 * action (action, owner, deadline as `YYYY-MM-DD`, status, root cause) under a header
 * row in the report's language. UTF-8 with a byte-order mark, so Excel reads accents;
 * CRLF line ends; every cell neutralised against formulas and quoted as needed (`csvCell`).
 */
import type { ReportModel } from '../../domain/report/reportModel';
import { csvRows } from './csvCell';
import type { TextExportWords } from './TextExportWords';

export const UTF8_BOM = '\uFEFF';

export function actionsCsv(model: ReportModel, { t }: Pick<TextExportWords, 't'>): string {
  const header = [
    t('plan.actions.action'),
    t('plan.actions.owner'),
    t('plan.actions.deadline'),
    t('plan.actions.status'),
    t('plan.why.rootCause'),
  ];
  const rows = model.actions.map((a) => [
    a.text,
    a.owner,
    a.deadline ?? '',
    t(`plan.actions.status.${a.status}`),
    a.rootCause ?? '',
  ]);
  return `${UTF8_BOM}${csvRows([header, ...rows])}`;
}
