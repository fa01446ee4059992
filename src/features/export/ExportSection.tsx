import { useId } from 'react';
import type { ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { PdfExport } from './PdfExport';
import { ReviewBackupButton } from './ReviewBackupButton';
import { TextExports } from './TextExports';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
}

/**
 * "Take the plan away": the review's exports (PDF action plan, Markdown, CSV of actions,
 * calendar) and its backup, each made in the browser from the report model.
 */
export function ExportSection({ data, zone }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel export-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <div className="export-buttons">
        <PdfExport data={data} zone={zone} />
        <TextExports data={data} zone={zone} />
        <ReviewBackupButton data={data} zone={zone} />
      </div>
    </section>
  );
}
