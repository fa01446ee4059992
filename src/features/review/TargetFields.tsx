import { useId, useState, type KeyboardEvent } from 'react';
import type { Target } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useSyncedDraft } from './useSyncedDraft';

interface Props {
  readonly target: Target;
  readonly onCommit: (target: Target) => void;
}

const MAX_MINUTES = 24 * 60;

function readMinutes(text: string): number | null {
  if (!/^\d{1,4}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_MINUTES ? n : null;
}

/** The update target: ideal and maximum minutes between updates (ideal ≤ max). */
export function TargetFields({ target, onCommit }: Props) {
  const t = useT();
  const id = useId();
  const [ideal, setIdeal] = useSyncedDraft(String(target.ideal));
  const [max, setMax] = useSyncedDraft(String(target.max));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const i = readMinutes(ideal);
    const m = readMinutes(max);
    if (i === null || m === null || i > m) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (i !== target.ideal || m !== target.max) onCommit({ ideal: i, max: m });
  };
  const common = {
    type: 'number',
    inputMode: 'numeric' as const,
    min: 1,
    max: MAX_MINUTES,
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') commit();
    },
    'aria-invalid': invalid,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
  return (
    <fieldset className="field target-fields">
      <legend>{t('review.field.target')}</legend>
      <div className="target-inputs">
        <div className="field">
          <label htmlFor={`${id}-ideal`}>{t('review.field.targetIdeal')}</label>
          <input
            {...common}
            id={`${id}-ideal`}
            value={ideal}
            onChange={(e) => setIdeal(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>{t('review.field.targetMax')}</label>
          <input
            {...common}
            id={`${id}-max`}
            value={max}
            onChange={(e) => setMax(e.target.value)}
          />
        </div>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t('review.field.invalidTarget')}
        </p>
      )}
    </fieldset>
  );
}
