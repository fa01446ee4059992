import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatPercent } from '../../i18n/formatPercent';
import { figureMinutes, keyFigures } from '../../ui/keyFigures';
import type { PdfContext } from './PdfContext';
import { durationText, personText } from './pdfWords';
import { COLOR, SIZE } from './pdfStyle';

/** The facts of the incident and of the session, as label–value rows. */
function facts({ model, t, locale }: PdfContext): string[][] {
  const { incident, timeZone: zone } = model;
  const when = (ms: number | null) =>
    ms === null ? t('common.none') : formatDateTime(ms, zone, locale);
  const duration =
    incident.durationMinutes === null
      ? t('common.none')
      : incident.open
        ? t('export.pdf.durationOpen', {
            duration: durationText(incident.durationMinutes, t, locale),
          })
        : durationText(incident.durationMinutes, t, locale);
  const participants = model.anonymous
    ? t('export.pdf.participantsAnonymous')
    : model.participants.length === 0
      ? t('export.pdf.nobody')
      : model.participants.map(personText).join(', ');
  return [
    [t('export.pdf.alert'), when(incident.alert)],
    [
      t('export.pdf.resolution'),
      incident.resolution === null ? t('export.pdf.notResolved') : when(incident.resolution),
    ],
    [t('export.pdf.duration'), duration],
    [
      t('export.pdf.severity'),
      incident.severity === null ? t('severity.none') : t(`severity.${incident.severity}`),
    ],
    [
      t('export.pdf.target'),
      t('export.pdf.targetValue', { ideal: incident.target.ideal, max: incident.target.max }),
    ],
    [t('export.pdf.timeZone'), zone],
    [t('export.pdf.facilitator'), model.facilitator ?? t('common.none')],
    [t('export.pdf.participants'), participants],
  ];
}

/** The Summary's figures: two rows of label over value; over-target values marked ⚠. */
function drawFigures(ctx: PdfContext): void {
  const { model, w, t, locale } = ctx;
  const { summary, incident } = model;
  if (summary === null) {
    const code = model.analysisError?.code ?? 'missing-alert';
    w.paragraph(t(`export.pdf.noFigures.${code}`));
    return;
  }
  const key = keyFigures(summary, incident.target, t, locale);
  const more = [
    { label: t('summary.coverage'), value: formatPercent(summary.coverage, locale), alarm: false },
    { label: t('summary.updateCount'), value: String(summary.updateCount), alarm: false },
    {
      label: t('summary.resolutionNoticeDelay'),
      value: figureMinutes(summary.resolutionNoticeDelay, t, locale),
      alarm: false,
    },
    { label: '', value: '', alarm: false },
  ];
  const rows = [key, more];
  w.table({
    head: null,
    theme: 'plain',
    body: rows.flatMap((figures) => [
      figures.map((f) => f.label),
      figures.map((f) => (f.alarm ? `⚠ ${f.value}` : f.value)),
    ]),
    didParseCell: (data) => {
      const figure = rows[Math.floor(data.row.index / 2)]?.[data.column.index];
      const isValue = data.row.index % 2 === 1;
      data.cell.styles.cellPadding = isValue
        ? { top: 0, bottom: 3, left: 0, right: 2 }
        : { top: 1.6, bottom: 0.8, left: 0, right: 2 };
      if (!isValue) {
        data.cell.styles.textColor = COLOR.muted;
        data.cell.styles.fontSize = SIZE.small;
        return;
      }
      data.cell.styles.fontSize = SIZE.figure;
      data.cell.styles.fontStyle = 'bold';
      if (figure?.alarm === true) data.cell.styles.textColor = COLOR.alarm;
    },
  });
  if (key.some((f) => f.alarm))
    w.paragraph(t('export.pdf.summaryLegend', { max: incident.target.max }), {
      size: SIZE.small,
      color: COLOR.muted,
    });
}

/**
 * The top of page 1: what the document is, the incident's title, its facts (times,
 * duration, severity, target, facilitator and participants — or why they are not listed)
 * and the Summary's figures.
 */
export function drawCoverPage(ctx: PdfContext): void {
  const { model, w, t } = ctx;
  w.paragraph(t('export.pdf.kicker').toUpperCase(), { size: SIZE.kicker, color: COLOR.muted });
  w.space(1);
  w.paragraph(model.incident.title, { size: SIZE.title, bold: true, max: 300 });
  w.space(3);
  w.table({
    head: null,
    theme: 'plain',
    body: facts(ctx),
    columnStyles: { 0: { cellWidth: 44, fontStyle: 'bold', textColor: COLOR.muted } },
    didParseCell: (data) => {
      data.cell.styles.fontSize = SIZE.body;
      data.cell.styles.cellPadding = { top: 0.9, bottom: 0.9, left: 0, right: 2 };
    },
  });
  w.heading(t('export.pdf.summary'), 24);
  drawFigures(ctx);
}
