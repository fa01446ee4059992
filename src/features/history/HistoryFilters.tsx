import { useId } from 'react';
import type { HistoryFilter } from '../../domain/history/reviewHistory';
import { SEVERITIES, type Severity } from '../../domain/model';
import { useT } from '../../i18n/useT';

interface Props {
  readonly filter: HistoryFilter;
  readonly onChange: (filter: HistoryFilter) => void;
}

const isSeverity = (v: string): v is Severity => (SEVERITIES as readonly string[]).includes(v);

/** Severity and alert-date range of the reviews History compares. */
export function HistoryFilters({ filter, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="history-filters">
      <legend>{t('history.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('history.filter.severity')}</label>
        <select
          id={`${id}-severity`}
          value={filter.severity}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ ...filter, severity: isSeverity(v) ? v : 'all' });
          }}
        >
          <option value="all">{t('history.filter.allSeverities')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('history.filter.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from ?? ''}
          max={filter.to ?? undefined}
          onChange={(e) =>
            onChange({ ...filter, from: e.target.value === '' ? null : e.target.value })
          }
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('history.filter.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to ?? ''}
          min={filter.from ?? undefined}
          onChange={(e) =>
            onChange({ ...filter, to: e.target.value === '' ? null : e.target.value })
          }
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={filter.severity === 'all' && filter.from === null && filter.to === null}
        onClick={() => onChange({ severity: 'all', from: null, to: null })}
      >
        {t('history.filter.clear')}
      </button>
    </fieldset>
  );
}
