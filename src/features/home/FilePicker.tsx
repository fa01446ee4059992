import { useId, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  readonly onFile: (file: File) => void;
}

const ACCEPT =
  '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain';

/** The "Import timeline" file input inside a drop zone that also takes a dropped file. */
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
      <label htmlFor={id} className="drop-label">
        {t('import.file')}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <p className="drop-hint" aria-hidden="true">
        {over ? t('import.dropActive') : t('import.drop')}
      </p>
    </div>
  );
}
