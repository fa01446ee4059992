import { useState } from 'react';
import type { ReviewData } from '../../domain/model';
import { buildReportModel } from '../../domain/report/buildReportModel';
import type { ReportModel } from '../../domain/report/reportModel';
import { exportFileName } from '../../export/exportFileName';
import { actionsCalendar, actionsWithoutDeadline } from '../../export/text/actionsCalendar';
import { actionsCsv } from '../../export/text/actionsCsv';
import { reportMarkdown } from '../../export/text/reportMarkdown';
import { useI18n } from '../../i18n/useI18n';
import { downloadBlob } from '../../ui/downloadBlob';
import './exports.css';

interface Props {
  readonly data: ReviewData;
  /** The zone the review page shows times in: the exports use it too. */
  readonly zone: string;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The text exports of the review, each made from the report model when its button is
 * pressed: the report as Markdown (copied or downloaded), the actions as CSV, and their
 * deadlines as a calendar. One status line says what happened.
 */
export function TextExports({ data, zone }: Props) {
  const { t, locale, language } = useI18n();
  const [status, setStatus] = useState('');
  const words = { t, locale };
  const skipped = actionsWithoutDeadline(data);
  const model = (): ReportModel =>
    buildReportModel(data, { language, generatedAt: Date.now(), timeZone: zone });

  const save = (render: (m: ReportModel) => string, ext: string, type: string) => {
    try {
      const m = model();
      const name = exportFileName(m, ext);
      downloadBlob(render(m), name, type);
      setStatus(t('export.downloaded', { name }));
    } catch (e) {
      setStatus(t('export.failed', { message: errorText(e) }));
    }
  };
  const copyMarkdown = async () => {
    setStatus('');
    try {
      await navigator.clipboard.writeText(reportMarkdown(model(), words));
      setStatus(t('export.copied'));
    } catch (e) {
      setStatus(t('export.copyFailed', { message: errorText(e) }));
    }
  };
  const saveCalendar = () => {
    if (skipped === data.actions.length) {
      setStatus(t('export.ics.nothing'));
      return;
    }
    save((m) => actionsCalendar(m, words), 'ics', 'text/calendar;charset=utf-8');
  };

  return (
    <div className="export-group">
      <button type="button" className="button" onClick={() => void copyMarkdown()}>
        {t('export.md.copy')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => save((m) => reportMarkdown(m, words), 'md', 'text/markdown;charset=utf-8')}
      >
        {t('export.md.download')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => save((m) => actionsCsv(m, words), 'csv', 'text/csv;charset=utf-8')}
      >
        {t('export.csv.download')}
      </button>
      <button type="button" className="button" onClick={saveCalendar}>
        {t('export.ics.download')}
      </button>
      {skipped > 0 && <p className="muted">{t('export.ics.skipped', { count: skipped })}</p>}
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
