import { useId } from 'react';

interface Props {
  readonly label: string;
  /** The `datetime-local` value (wall time in `zone`), as typed. */
  readonly value: string;
  readonly zone: string;
  /** Why the value cannot be used; shown under the field and tied to it. */
  readonly error: string | null;
  readonly onChange: (value: string) => void;
}

/**
 * A controlled `datetime-local` field read in `zone`, for forms that check it on submit
 * (`DateTimeField` saves on its own when left, which a dialog form must not do).
 */
export function MomentField({ label, value, zone, error, onChange }: Props) {
  const id = useId();
  const describedBy = error === null ? `${id}-zone` : `${id}-zone ${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        aria-invalid={error !== null}
        aria-describedby={describedBy}
      />
      <p id={`${id}-zone`} className="field-hint">
        {zone.replaceAll('_', ' ')}
      </p>
      {error !== null && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
