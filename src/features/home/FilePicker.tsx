import { useId, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import { UploadIcon } from '../../ui/UploadIcon';

interface Props {
  readonly onFile: (file: File) => void;
}

const ACCEPT =
  '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain';

/**
 * The "Import timeline" file input (visually replaced by its label, styled as a button)
 * inside a drop zone that also takes a dropped file.
 */
export function FilePicker({ onFile }: Props) {
  const t = useT();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        className="file-input visually-hidden"
        type="file"
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <label htmlFor={id} className="button button-primary button-large drop-label">
        <UploadIcon />
        {t('import.file')}
      </label>
      <p id={`${id}-hint`} className="drop-hint">
        {over ? t('import.dropActive') : t('import.drop')}
      </p>
    </div>
  );
}
