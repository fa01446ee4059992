import { useState } from 'react';
import { useT } from '../../../i18n/useT';

interface Props {
  readonly id: string;
  readonly label: string;
  /** The phase's minutes now (exact); null: no band of this kind. */
  readonly value: number | null;
  readonly disabled: boolean;
  /** Ids of texts that describe every phase field (the question, the hint). */
  readonly describedBy: string;
  /** A new answer in minutes (null: emptied); only called when it changed. */
  readonly onCommit: (minutes: number | null) => void;
}

/** Minutes shown in the field: at most one decimal. */
const shown = (minutes: number | null): string =>
  minutes === null ? '' : String(Math.round(minutes * 10) / 10);

/** One phase's duration in minutes, saved when the field is left or Enter is pressed. */
export function PhaseMinutesField({ id, label, value, disabled, describedBy, onCommit }: Props) {
  const t = useT();
  const saved = shown(value);
  const [draft, setDraft] = useState(saved);
  const [seen, setSeen] = useState(saved);
  const [invalid, setInvalid] = useState(false);
  // A number field reports unparseable text ("1e", "-") as an empty value: not an answer.
  const [badInput, setBadInput] = useState(false);
  if (saved !== seen) {
    setSeen(saved);
    setDraft(saved);
    setInvalid(false);
  }

  const commit = () => {
    const text = draft.trim();
    if (badInput) {
      setInvalid(true);
      return;
    }
    if (text === saved) {
      setInvalid(false);
      return;
    }
    if (text === '') {
      setInvalid(false);
      onCommit(null);
      return;
    }
    const minutes = Number(text);
    const ok = Number.isFinite(minutes) && minutes >= 0;
    setInvalid(!ok);
    if (ok) onCommit(minutes);
  };

  const errorId = `${id}-error`;
  return (
    <div className="field prep-phase-field">
      <label htmlFor={id}>{label}</label>
      <span className="prep-phase-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={draft}
          disabled={disabled}
          onChange={(e) => {
            setDraft(e.target.value);
            setBadInput(e.target.validity.badInput);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${describedBy} ${errorId}` : describedBy}
        />
        <span aria-hidden="true">{t('prep.phases.unit')}</span>
      </span>
      {invalid && (
        <p id={errorId} className="form-error" role="alert">
          {t('prep.phases.invalid')}
        </p>
      )}
    </div>
  );
}
