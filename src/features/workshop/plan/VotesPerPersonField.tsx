import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';

/** The most dots one person may get (the field's range). */
export const MAX_VOTES_PER_PERSON = 10;

interface Props {
  readonly value: number;
  readonly onChange: (value: number) => void;
}

/** How many dots each person has; saved as soon as it changes to a whole number in range. */
export function VotesPerPersonField({ value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The stored number changed elsewhere (undo, another window): show it.
    setShown(value);
    setDraft(String(value));
  }
  return (
    <div className="field votes-per-person">
      <label htmlFor={id}>{t('plan.vote.perPerson')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_VOTES_PER_PERSON}
        step={1}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_VOTES_PER_PERSON) {
            if (n !== value) onChange(n);
          }
        }}
        onBlur={() => setDraft(String(value))}
      />
    </div>
  );
}
