import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { DateOrderChoice, type DateOrder } from './DateOrderChoice';
import { FilePicker } from './FilePicker';
import { ImportErrorAlert } from './ImportErrorAlert';
import { PasteImport } from './PasteImport';
import type { ImportFlowState } from './useImportFlow';

interface Props {
  readonly state: ImportFlowState;
  readonly zone: string;
  readonly onZoneChange: (zone: string) => void;
  readonly dateOrder: DateOrder;
  readonly onDateOrderChange: (order: DateOrder) => void;
  readonly onFile: (file: File) => void;
  readonly onPaste: (text: string) => void;
}

/** Import a timeline: a file (picked or dropped) or pasted rows, with how to read its times. */
export function ImportPanel(props: Props) {
  const { state, zone, onZoneChange, dateOrder, onDateOrderChange, onFile, onPaste } = props;
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.heading')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <div className="import-grid">
        <FilePicker onFile={onFile} />
        <div className="import-options">
          <TimeZoneSelect
            label={t('import.zone')}
            value={zone}
            onChange={onZoneChange}
            hint={t('import.zoneHint')}
          />
          <DateOrderChoice value={dateOrder} onChange={onDateOrderChange} />
        </div>
      </div>
      <div aria-live="polite">
        {state.phase === 'reading' && (
          <p className="muted">{t('import.reading', { name: state.name })}</p>
        )}
      </div>
      {state.phase === 'failed' && (
        <ImportErrorAlert name={state.name} code={state.code} message={state.message} />
      )}
      <details className="paste-details">
        <summary>{t('import.paste.label')}</summary>
        <PasteImport onPaste={onPaste} />
      </details>
    </section>
  );
}
