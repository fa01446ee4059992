import { useId, useState } from 'react';
import type { EpochMs } from '../../domain/model';
import { parseLocalDateTime } from '../../domain/time/parseLocalDateTime';
import { toLocalDateTimeValue } from '../../domain/time/toLocalDateTimeValue';
import { useT } from '../../i18n/useT';
import { useSyncedDraft } from './useSyncedDraft';

interface Props {
  readonly label: string;
  readonly value: EpochMs | null;
  readonly zone: string;
  /** Whether the field may be emptied (the resolution of an open incident). */
  readonly optional?: boolean;
  readonly hint?: string;
  readonly onCommit: (value: EpochMs | null) => void;
}

/**
 * A `datetime-local` input whose wall time is read in `zone`; it saves when left or on
 * Enter, and says so when the time does not exist in that zone.
 */
export function DateTimeField({ label, value, zone, optional = false, hint, onCommit }: Props) {
  const t = useT();
  const id = useId();
  const saved = value === null ? '' : toLocalDateTimeValue(value, zone);
  const [draft, setDraft] = useSyncedDraft(saved);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (draft === saved) {
      setInvalid(false);
      return;
    }
    if (draft.trim() === '') {
      setInvalid(!optional);
      if (optional) onCommit(null);
      return;
    }
    const ms = parseLocalDateTime(draft, zone);
    setInvalid(ms === null);
    if (ms !== null) onCommit(ms);
  };
  const describedBy = [hint === undefined ? null : `${id}-hint`, invalid ? `${id}-error` : null]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
      />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t('review.field.invalidTime', { zone })}
        </p>
      )}
    </div>
  );
}
