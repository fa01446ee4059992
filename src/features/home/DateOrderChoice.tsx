import { useId } from 'react';
import { useT } from '../../i18n/useT';

export type DateOrder = 'day-first' | 'month-first';

interface Props {
  readonly value: DateOrder;
  readonly onChange: (order: DateOrder) => void;
}

/** How slashed dates in a spreadsheet are read: day first or month first. */
export function DateOrderChoice({ value, onChange }: Props) {
  const t = useT();
  const name = useId();
  const options: readonly { value: DateOrder; label: string }[] = [
    { value: 'day-first', label: t('import.dayFirst') },
    { value: 'month-first', label: t('import.monthFirst') },
  ];
  return (
    <fieldset className="field radio-group">
      <legend>{t('import.dateOrder')}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
