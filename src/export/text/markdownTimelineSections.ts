/**
 * The Markdown report's sections drawn from the timeline: the summary figures (each over
 * the target said so in words), the gap table and the communications.
 */
import type { Gap, GapEnd } from '../../domain/gaps/types';
import type { ReportModel } from '../../domain/report/reportModel';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatInstant } from '../../domain/time/formatInstant';
import { formatMinutes } from '../../i18n/formatMinutes';
import { formatPercent } from '../../i18n/formatPercent';
import { figureMinutes, keyFigures } from '../../ui/keyFigures';
import { markdownCell, markdownHeadingText, markdownTable, markdownText } from './markdownText';
import type { TextExportWords } from './TextExportWords';

export interface MarkdownTimelineSections {
  readonly summary: readonly string[];
  readonly gaps: readonly string[];
  readonly communications: readonly string[];
}

const heading = (text: string): string => `## ${markdownHeadingText(text)}`;

export function markdownTimelineSections(
  model: ReportModel,
  words: TextExportWords,
): MarkdownTimelineSections {
  return {
    summary: summarySection(model, words),
    gaps: gapsSection(model, words),
    communications: communicationsSection(model, words),
  };
}

function summarySection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const { summary } = model;
  const target = model.incident.target;
  const lines = [heading(t('summary.heading')), ''];
  if (summary === null) return [...lines, markdownText(t('summary.unavailable')), ''];
  const figures: [string, string][] = [
    ...keyFigures(summary, target, t, locale).map((f): [string, string] => [
      f.label,
      f.alarm ? t('export.doc.overTarget', { value: f.value }) : f.value,
    ]),
    [t('summary.coverage'), formatPercent(summary.coverage, locale)],
    [t('summary.updateCount'), String(summary.updateCount)],
    [t('summary.resolutionNoticeDelay'), figureMinutes(summary.resolutionNoticeDelay, t, locale)],
  ];
  return [
    ...lines,
    ...markdownTable(
      [markdownText(t('export.doc.figure')), markdownText(t('export.doc.value'))],
      figures.map(([label, value]) => [markdownText(label), markdownText(value)]),
    ),
    '',
    markdownText(t('summary.target', { ideal: target.ideal, max: target.max })),
    '',
  ];
}

function gapsSection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const zone = model.timeZone;
  const { ideal, max } = model.incident.target;
  const lines = [heading(t('gaps.caption')), ''];
  if (model.gaps.length === 0) return [...lines, markdownText(t('export.doc.noGaps')), ''];
  const end = (e: GapEnd, ms: number): string =>
    `${t(`gaps.end.${e.kind}`, e.kind === 'update' ? { n: e.n } : {})} · ${formatInstant(ms, zone, locale)}`;
  const status = (g: Gap): string => {
    const word =
      g.status === 'gap' ? t('export.doc.gapOver', { max }) : t(`gaps.status.${g.status}`);
    const marked = g.longest ? t('export.doc.longest', { status: word }) : word;
    // Over the target: in bold as well as in words.
    return g.status === 'gap' ? `**${markdownText(marked)}**` : markdownText(marked);
  };
  return [
    ...lines,
    markdownText(t('export.doc.gapsLegend', { ideal, max })),
    '',
    ...markdownTable(
      [t('gaps.from'), t('gaps.to'), t('gaps.minutes'), t('gaps.status')].map(markdownText),
      model.gaps.map((g) => [
        markdownText(end(g.fromEnd, g.from)),
        markdownText(end(g.toEnd, g.to)),
        markdownText(formatMinutes(g.minutes, locale)),
        status(g),
      ]),
    ),
    '',
  ];
}

function communicationsSection(model: ReportModel, { t, locale }: TextExportWords): string[] {
  const lines = [heading(t('comms.caption')), ''];
  if (model.communications.length === 0) {
    return [...lines, markdownText(t('export.doc.noCommunications')), ''];
  }
  const none = markdownText(t('common.none'));
  return [
    ...lines,
    ...markdownTable(
      [
        t('comms.time'),
        t('comms.channel'),
        t('comms.author'),
        t('comms.kind'),
        t('comms.text'),
      ].map(markdownText),
      model.communications.map((c) => [
        markdownText(formatDateTime(c.instant, model.timeZone, locale)),
        markdownCell(c.channel, none),
        markdownCell(c.author, markdownText(t('comms.noAuthor'))),
        markdownText(t(`kind.${c.kind}`)),
        markdownCell(c.text, none),
      ]),
    ),
    '',
  ];
}
