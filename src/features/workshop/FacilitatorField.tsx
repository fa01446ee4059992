import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useDraft } from './useDraft';

interface Props {
  readonly value: string | null;
  readonly onCommit: (facilitator: string | null) => void;
}

/** The facilitator's name, saved when the field is left or Enter is pressed. */
export function FacilitatorField({ value, onCommit }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useDraft(value ?? '');
  const commit = () => {
    const next = draft.trim() === '' ? null : draft.trim();
    if (next !== value) onCommit(next);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('workshop.people.facilitator')}</label>
      <input
        id={id}
        value={draft}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
