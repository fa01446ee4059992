import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSyncedDraft } from './useSyncedDraft';

interface Props {
  readonly value: string;
  readonly onCommit: (title: string) => void;
}

/** The incident title, saved when the field is left or Enter is pressed. */
export function TitleField({ value, onCommit }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useSyncedDraft(value);
  const [error, setError] = useState(false);
  const commit = () => {
    const title = draft.trim();
    if (title === '') {
      setError(true);
      return;
    }
    setError(false);
    if (title !== value) onCommit(title);
  };
  return (
    <div className="field field-title">
      <label htmlFor={id}>{t('review.field.title')}</label>
      <input
        id={id}
        className="title-input"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t('review.field.titleRequired')}
        </p>
      )}
    </div>
  );
}
