import type { WhatIf } from '../../../domain/model';
import { formatDateTime } from '../../../domain/time/formatDateTime';
import { useI18n } from '../../../i18n/useI18n';

interface Props {
  readonly whatIf: WhatIf;
  readonly zone: string;
  readonly onKeep: () => void;
  readonly onRemove: () => void;
}

/** One hypothetical update, marked as such, with what can become of it. */
export function WhatIfItem({ whatIf, zone, onKeep, onRemove }: Props) {
  const { t, locale } = useI18n();
  const time = formatDateTime(whatIf.instant, zone, locale);
  const named = (label: string) => `${label}: ${t('prep.whatIf.named', { time })}`;
  return (
    <li className="prep-whatif">
      <div className="prep-whatif-head">
        <span className="prep-whatif-badge">{t('prep.whatIf.badge')}</span>
        <span className="prep-whatif-time">{time}</span>
      </div>
      <p className="prep-whatif-body">{whatIf.text}</p>
      <div className="prep-whatif-actions">
        <button
          type="button"
          className="button button-small"
          onClick={onKeep}
          aria-label={named(t('prep.whatIf.keep'))}
        >
          {t('prep.whatIf.keep')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={onRemove}
          aria-label={named(t('prep.whatIf.remove'))}
        >
          {t('prep.whatIf.remove')}
        </button>
      </div>
    </li>
  );
}
