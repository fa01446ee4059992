import { useId, useRef, useState } from 'react';
import { TimelineSnapshot, type TimelineSnapshotHandle } from '../../canvas/TimelineSnapshot';
import type { ReviewData } from '../../domain/model';
import { defaultPdfPageSize } from '../../export/pdf/defaultPdfPageSize';
import type { PdfPageSize } from '../../export/pdf/pdfFontFiles';
import { useI18n } from '../../i18n/useI18n';
import { exportReportPdf } from './exportReportPdf';
import { PdfFontError } from './loadPdfFonts';
import './pdfExport.css';

interface Props {
  readonly data: ReviewData;
  /** The zone the review page shows times in: the PDF uses it too. */
  readonly zone: string;
}

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly lines: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

const isPageSize = (value: string): value is PdfPageSize => value === 'a4' || value === 'letter';

/**
 * **Download PDF**: the action plan as a PDF to forward (the report model made at the
 * click, in the UI's language), on the paper chosen beside it — US Letter or A4, by default
 * the browser locale's. Progress, the result, characters the PDF's font could not draw and
 * errors are announced under it.
 */
export function PdfExport({ data, zone }: Props) {
  const { t, locale, language } = useI18n();
  const sizeId = useId();
  const snapshot = useRef<TimelineSnapshotHandle>(null);
  const [pageSize, setPageSize] = useState<PdfPageSize>(() =>
    defaultPdfPageSize(typeof navigator === 'undefined' ? [] : navigator.languages),
  );
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const working = outcome.kind === 'working';

  const download = async () => {
    if (working) return;
    setOutcome({ kind: 'working' });
    try {
      const result = await exportReportPdf({
        data,
        zone,
        language,
        locale,
        t,
        pageSize,
        timeline: () => snapshot.current?.take() ?? Promise.resolve(null),
      });
      const lines = [
        t('export.pdf.done', { file: result.fileName, count: result.pages }),
        ...(result.replacedCharacters.length === 0
          ? []
          : [t('export.pdf.replaced', { chars: result.replacedCharacters.join(' ') })]),
        ...(result.withTimeline || data.communications.length === 0
          ? []
          : [t('export.pdf.noTimeline')]),
      ];
      setOutcome({ kind: 'done', lines });
    } catch (error) {
      const reason =
        error instanceof PdfFontError
          ? error.status === null
            ? t('export.pdf.fontOffline')
            : t('export.pdf.fontFailed', { status: error.status })
          : error instanceof Error
            ? error.message
            : String(error);
      setOutcome({ kind: 'failed', message: t('export.pdf.failed', { reason }) });
    }
  };

  return (
    <div className="export-group pdf-export">
      <label className="pdf-page-size" htmlFor={sizeId}>
        {t('export.pdf.pageSize')}
        <select
          id={sizeId}
          value={pageSize}
          onChange={(e) => {
            if (isPageSize(e.target.value)) setPageSize(e.target.value);
          }}
        >
          <option value="a4">{t('export.pdf.pageSize.a4')}</option>
          <option value="letter">{t('export.pdf.pageSize.letter')}</option>
        </select>
      </label>
      {/* aria-disabled, not disabled: the button keeps focus while the PDF is made. */}
      <button
        type="button"
        className="button button-primary"
        aria-disabled={working}
        aria-busy={working}
        onClick={() => void download()}
      >
        {t('export.pdf.button')}
      </button>
      {/* The status region stays in the page so each change is announced; an alert is
          announced as it appears. */}
      <div className="pdf-export-messages">
        <div className="pdf-export-status" role="status">
          {outcome.kind === 'working' && <p>{t('export.pdf.working')}</p>}
          {outcome.kind === 'done' && outcome.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
        {outcome.kind === 'failed' && (
          <p className="pdf-export-error" role="alert">
            {outcome.message}
          </p>
        )}
      </div>
      <TimelineSnapshot ref={snapshot} data={data} zone={zone} />
    </div>
  );
}
