/**
 * The report of a review as Markdown, for a wiki page or a tracker issue: title, the
 * incident's facts, the people, the summary figures, the action plan, the gaps (over-target
 * ones said in words), the problems with their root causes, why-chains and votes, the
 * message checks' findings the team kept, the recommendations chosen and the communications. Every piece of the review's text goes
 * through `markdownText`, so nothing in it becomes markup or HTML. Pure: same model, same
 * words, same text (lines end in `\n`).
 */
import type { ReportModel } from '../../domain/report/reportModel';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatDuration } from './formatDuration';
import { markdownChecksSection } from './markdownChecksSection';
import { markdownPlanSections } from './markdownPlanSections';
import { markdownHeadingText, markdownText } from './markdownText';
import { markdownTimelineSections } from './markdownTimelineSections';
import type { TextExportWords } from './TextExportWords';

export function reportMarkdown(model: ReportModel, words: TextExportWords): string {
  const { t, locale } = words;
  const zone = model.timeZone;
  const timeline = markdownTimelineSections(model, words);
  const plan = markdownPlanSections(model, words);
  const lines = [
    `# ${markdownHeadingText(t('export.doc.title', { title: model.incident.title }))}`,
    '',
    markdownText(
      t('export.doc.generated', {
        date: formatDateTime(model.generatedAt, zone, locale),
        zone,
      }),
    ),
    '',
    ...incidentSection(model, words),
    ...peopleSection(model, words),
    ...timeline.summary,
    ...plan.actions,
    ...timeline.gaps,
    ...plan.problems,
    ...markdownChecksSection(model, words),
    ...plan.recommendations,
    ...timeline.communications,
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `- **Label:** value`, the label and value escaped. */
const fact = (label: string, value: string): string =>
  `- **${markdownText(label)}:** ${markdownText(value)}`;

function incidentSection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const { incident, timeZone: zone } = model;
  const when = (ms: number | null): string =>
    ms === null ? t('common.none') : formatDateTime(ms, zone, locale);
  const duration =
    incident.durationMinutes === null
      ? t('common.none')
      : incident.open
        ? t('export.doc.durationOpen', {
            duration: formatDuration(incident.durationMinutes, t, locale),
          })
        : formatDuration(incident.durationMinutes, t, locale);
  const lines = [
    `## ${markdownHeadingText(t('export.doc.incident'))}`,
    '',
    fact(t('export.doc.alert'), when(incident.alert)),
    fact(
      t('export.doc.resolution'),
      incident.resolution === null ? t('export.doc.open') : when(incident.resolution),
    ),
    fact(t('export.doc.duration'), duration),
    fact(
      t('export.doc.severity'),
      t(incident.severity === null ? 'severity.none' : `severity.${incident.severity}`),
    ),
    fact(t('export.doc.timeZone'), zone),
    fact(
      t('export.doc.target'),
      t('export.doc.targetValue', { ideal: incident.target.ideal, max: incident.target.max }),
    ),
  ];
  if (incident.sourceUrl !== null) lines.push(fact(t('export.doc.source'), incident.sourceUrl));
  return [...lines, ''];
}

function peopleSection(model: ReportModel, { t }: TextExportWords): string[] {
  const participants = model.participants.map((p) =>
    p.role === null || p.role.trim() === '' ? p.name : `${p.name} (${p.role})`,
  );
  return [
    `## ${markdownHeadingText(t('export.doc.people'))}`,
    '',
    fact(t('export.doc.facilitator'), model.facilitator ?? t('common.none')),
    model.anonymous
      ? `- _${markdownText(t('export.doc.anonymous'))}_`
      : fact(
          t('export.doc.participants'),
          participants.length === 0 ? t('export.doc.noParticipants') : participants.join(', '),
        ),
    '',
  ];
}
