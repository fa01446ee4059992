import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  readonly onPaste: (text: string) => void;
}

/** Rows pasted from a spreadsheet (tab separated), imported like a file. */
export function PasteImport({ onPaste }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <div className="paste-import">
      <label htmlFor={id}>{t('import.paste.label')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('import.paste.hint')}
      </p>
      <textarea
        id={id}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
      />
      {empty && (
        <p className="form-error" role="alert">
          {t('import.paste.empty')}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          setEmpty(text.trim() === '');
          if (text.trim() !== '') onPaste(text);
        }}
      >
        {t('import.paste.button')}
      </button>
    </div>
  );
}
