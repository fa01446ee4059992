import { useId } from 'react';
import { SEVERITIES, type Severity } from '../../domain/model';
import { useT } from '../../i18n/useT';

interface Props {
  readonly value: Severity | null;
  readonly onCommit: (severity: Severity | null) => void;
}

/** Severity on the workshop's five-level scale, or not set. */
export function SeverityField({ value, onCommit }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('review.field.severity')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onCommit(SEVERITIES.find((s) => s === e.target.value) ?? null)}
      >
        <option value="">{t('severity.none')}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`severity.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
