import { useAutosaveDraft } from './useAutosaveDraft';

interface Props {
  readonly id: string;
  readonly label: string;
  /** Read after the label by screen readers only (which of several fields this is). */
  readonly hiddenLabel?: string;
  readonly hint?: string;
  readonly value: string;
  /** A textarea (several lines) or a one-line input. */
  readonly multiline?: boolean;
  readonly onSave: (value: string) => void;
}

/** A labelled text answer, saved as it is typed (after a short pause, or when left). */
export function AutosaveText({
  id,
  label,
  hiddenLabel,
  hint,
  value,
  multiline = false,
  onSave,
}: Props) {
  const { draft, change, flush } = useAutosaveDraft(value, onSave);
  const hintId = `${id}-hint`;
  const common = {
    id,
    value: draft,
    onBlur: flush,
    'aria-describedby': hint === undefined ? undefined : hintId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hiddenLabel !== undefined && <span className="visually-hidden"> {hiddenLabel}</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') flush();
          }}
        />
      )}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
