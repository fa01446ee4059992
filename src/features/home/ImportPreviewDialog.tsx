import type { FormatId, ImportedIncident, RejectedRow } from '../../import/contract';
import { useT } from '../../i18n/useT';
import { Modal } from '../../ui/Modal';
import { ImportedIncidentPreview } from './ImportedIncidentPreview';
import { ImportSaveProgress } from './ImportSaveProgress';
import { RejectedRowList } from './RejectedRowList';
import type { SaveProgress } from './useImportFlow';

interface Props {
  readonly fileName: string;
  readonly format: FormatId;
  /** Review ids already in this browser: those reviews are imported as copies. */
  readonly existingIds: ReadonlySet<string>;
  readonly incidents: readonly ImportedIncident[];
  /** Rows rejected outside any incident (an unreadable incident of `incidents.json`). */
  readonly rejected: readonly RejectedRow[];
  readonly selected: readonly boolean[];
  readonly onToggle: (index: number) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly busy: boolean;
  /** While a big import is saved: how far it got (Cancel then stops it). */
  readonly progress: SaveProgress | null;
  readonly error: string | null;
}

/** The preview every import shows before anything is written: "Import" or "Cancel". */
export function ImportPreviewDialog(props: Props) {
  const {
    fileName,
    format,
    incidents,
    rejected,
    selected,
    existingIds,
    onToggle,
    onConfirm,
    onCancel,
    busy,
    progress,
    error,
  } = props;
  const t = useT();
  const several = incidents.length > 1;
  const noneSelected = !selected.some(Boolean);
  return (
    <Modal title={t('preview.title')} onClose={onCancel} size="large">
      <p className="preview-file">
        {t('preview.file', { name: fileName, format: t(`preview.format.${format}`) })}
      </p>
      {incidents.length === 0 && <p>{t('preview.noIncidents')}</p>}
      {several && <p className="preview-pick">{t('preview.pick')}</p>}
      <div className="import-incidents">
        {incidents.map((imported, i) => (
          <ImportedIncidentPreview
            key={imported.data.review.id}
            imported={imported}
            selectable={several}
            selected={selected[i] === true}
            existing={existingIds.has(imported.data.review.id)}
            onToggle={() => onToggle(i)}
          />
        ))}
      </div>
      {rejected.length > 0 && <RejectedRowList rows={rejected} />}
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {several && noneSelected && <p className="muted">{t('preview.noneSelected')}</p>}
      {busy && progress !== null && <ImportSaveProgress progress={progress} />}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={onConfirm}
          disabled={busy || noneSelected || incidents.length === 0}
        >
          {busy ? t('preview.importing') : t('preview.import')}
        </button>
      </div>
    </Modal>
  );
}
