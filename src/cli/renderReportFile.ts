/**
 * The report model in the format asked for (`gapline report --format`), with the words of
 * its language: the same renderers as the app's export buttons. The PDF is drawn without
 * the timeline (the CLI has no canvas; the PDF says so), with the fonts read from the
 * package's `public/` directory.
 */
import { join } from 'node:path';
import type { ReportModel } from '../domain/report/reportModel';
import { PDF_FONT_FILES, renderReportPdf } from '../export/pdf/renderReportPdf';
import { actionsCalendar, actionsWithoutDeadline } from '../export/text/actionsCalendar';
import { actionsCsv } from '../export/text/actionsCsv';
import { reportMarkdown } from '../export/text/reportMarkdown';
import { LOCALES } from '../i18n/dictionaries';
import { makeTranslate } from '../i18n/makeTranslate';
import type { CliIo } from './CliIo';
import type { ReportFormat } from './parseReportArgs';

export type RenderedReport =
  | {
      readonly ok: true;
      readonly data: string | Uint8Array;
      /** What was written, for the one line on stdout (`2 events`, `5 pages`). */
      readonly detail: string | null;
      /** Something the reader should know (characters the PDF font lacks), or null. */
      readonly warning: string | null;
    }
  | { readonly ok: false; readonly reason: string };

const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

export async function renderReportFile(
  model: ReportModel,
  format: ReportFormat,
  io: Pick<CliIo, 'readBytes' | 'assetsDir'>,
): Promise<RenderedReport> {
  const t = makeTranslate(model.language);
  const locale = LOCALES[model.language];
  switch (format) {
    case 'md':
      return { ok: true, data: reportMarkdown(model, { t, locale }), detail: null, warning: null };
    case 'csv':
      return {
        ok: true,
        data: actionsCsv(model, { t }),
        detail: plural(model.actions.length, 'action', 'actions'),
        warning: null,
      };
    case 'ics': {
      const skipped = actionsWithoutDeadline(model);
      const events = plural(model.actions.length - skipped, 'event', 'events');
      const left =
        skipped === 0
          ? ''
          : ` (${plural(skipped, 'action', 'actions')} without a deadline left out)`;
      return {
        ok: true,
        data: actionsCalendar(model, { t }),
        detail: events + left,
        warning: null,
      };
    }
    case 'pdf': {
      const regular = io.readBytes(join(io.assetsDir, PDF_FONT_FILES.regular));
      const bold = io.readBytes(join(io.assetsDir, PDF_FONT_FILES.bold));
      if (!regular.ok || !bold.ok) {
        const reason = !regular.ok ? regular.reason : bold.ok ? '' : bold.reason;
        return { ok: false, reason: `cannot read the PDF fonts in ${io.assetsDir}: ${reason}` };
      }
      const pdf = await renderReportPdf(model, {
        pageSize: 'a4',
        fonts: { regular: regular.bytes, bold: bold.bytes },
        timelineJpeg: null,
        t,
        locale,
      });
      const replaced = pdf.replacedCharacters;
      return {
        ok: true,
        data: pdf.bytes,
        detail: plural(pdf.pages, 'page', 'pages'),
        warning:
          replaced.length === 0
            ? null
            : `the PDF font cannot draw ${replaced.join(' ')}: shown as □`,
      };
    }
  }
}
