import { useId, type ReactNode } from 'react';

interface Choice<V> {
  readonly value: V;
  readonly label: string;
}

interface Props<V> {
  readonly legend: string;
  /** Given to the first radio, so the group can be focused from elsewhere. */
  readonly firstId: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V | null;
  readonly onChange: (value: V) => void;
  /** Shown under the radios (the follow-up question). */
  readonly children?: ReactNode;
}

/** A radio group in a fieldset whose legend is the question; each choice saves at once. */
export function ChoiceGroup<V extends string | boolean>({
  legend,
  firstId,
  choices,
  value,
  onChange,
  children,
}: Props<V>) {
  const name = useId();
  return (
    <fieldset className="field prep-choice">
      <legend>{legend}</legend>
      <div className="prep-choice-options">
        {choices.map((choice, index) => (
          <label key={String(choice.value)} className="radio">
            <input
              id={index === 0 ? firstId : undefined}
              type="radio"
              name={name}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
