/**
 * The Markdown report's sections drawn from the workshop: the action plan table, the
 * problems with their root causes (why-chain, votes, picked or not) and the common
 * recommendations the plan was drafted from.
 */
import type { ReportModel, ReportNote } from '../../domain/report/reportModel';
import { formatDate } from '../../domain/time/formatDate';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { RECOMMENDATIONS } from '../../domain/workshop/recommendations';
import { markdownCell, markdownHeadingText, markdownTable, markdownText } from './markdownText';
import type { TextExportWords } from './TextExportWords';

export interface MarkdownPlanSections {
  readonly actions: readonly string[];
  readonly problems: readonly string[];
  readonly recommendations: readonly string[];
}

const heading = (level: 2 | 3, text: string): string =>
  `${'#'.repeat(level)} ${markdownHeadingText(text)}`;

/** A `YYYY-MM-DD` deadline in the locale's words (`Jan 15, 2027`); the text as is otherwise. */
export function deadlineWords(deadline: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (m === null) return deadline;
  const day = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  day.setUTCFullYear(Number(m[1]));
  return formatDate(day.getTime(), 'UTC', locale);
}

export function markdownPlanSections(
  model: ReportModel,
  words: TextExportWords,
): MarkdownPlanSections {
  return {
    actions: actionsSection(model, words),
    problems: problemsSection(model, words),
    recommendations: recommendationsSection(model, words),
  };
}

function actionsSection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const lines = [heading(2, t('export.doc.plan')), ''];
  if (model.actions.length === 0) return [...lines, markdownText(t('plan.actions.none')), ''];
  const none = markdownText(t('common.none'));
  return [
    ...lines,
    ...markdownTable(
      [
        t('plan.actions.action'),
        t('plan.actions.owner'),
        t('plan.actions.deadline'),
        t('plan.actions.status'),
        t('plan.why.rootCause'),
      ].map(markdownText),
      model.actions.map((a) => [
        markdownCell(a.text, none),
        markdownCell(a.owner, markdownText(t('export.doc.noOwner'))),
        a.deadline === null ? none : markdownText(deadlineWords(a.deadline, locale)),
        markdownText(t(`plan.actions.status.${a.status}`)),
        markdownCell(a.rootCause ?? '', none),
      ]),
    ),
    '',
  ];
}

function problemsSection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const lines = [heading(2, t('plan.rc.heading')), ''];
  if (model.rootCauses.length === 0) return [...lines, markdownText(t('plan.rc.none')), ''];
  const problem = (n: ReportNote): string =>
    `  - ${markdownText(
      t('export.doc.problemBy', {
        category: t(`timeline.category.${n.category}`),
        text: n.text.trim() === '' ? t('common.none') : n.text,
        author: n.author ?? t('plan.rc.anonymous'),
        time: formatDateTime(n.at, model.timeZone, locale),
      }),
    )}`;
  for (const [i, rc] of model.rootCauses.entries()) {
    const root = rc.whys.at(-1) ?? t('common.none');
    lines.push(
      heading(3, `${i + 1}. ${root}`),
      '',
      `- **${markdownText(t('export.doc.votes'))}:** ${rc.votes}`,
      `- ${markdownText(t(rc.selected ? 'export.doc.picked' : 'export.doc.notPicked'))}`,
      `- **${markdownText(t('plan.rc.problems'))}:**`,
      ...(rc.problems.length === 0
        ? [`  - ${markdownText(t('plan.rc.explainsNone'))}`]
        : rc.problems.map(problem)),
      `- **${markdownText(t('export.doc.whyChain'))}:**`,
      ...rc.whys.map(
        (why, w) => `  ${w + 1}. ${markdownText(`${t('plan.why.label', { n: w + 1 })}: ${why}`)}`,
      ),
      '',
    );
  }
  return lines;
}

function recommendationsSection(model: ReportModel, { t }: TextExportWords): string[] {
  const lines = [heading(2, t('export.doc.recommendations')), ''];
  const chosen = RECOMMENDATIONS.filter((r) => model.recommendations.includes(r.id));
  if (chosen.length === 0) return [...lines, markdownText(t('export.doc.noRecommendations')), ''];
  const language = model.language;
  return [
    ...lines,
    ...chosen.map(
      (r) =>
        `- ${markdownText(r.draft[language])} (${markdownText(t('plan.rec.cause', { cause: r.cause[language] }))})`,
    ),
    '',
  ];
}
