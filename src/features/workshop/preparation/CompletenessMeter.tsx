import { useId } from 'react';
import type { ReviewData } from '../../../domain/model';
import { preparationCompleteness } from '../../../domain/workshop/preparationCompleteness';
import { useT } from '../../../i18n/useT';
import { missingTarget } from './missingTarget';
import type { PrepFieldIds } from './prepFieldIds';

interface Props {
  readonly data: ReviewData;
  readonly ids: PrepFieldIds;
}

const focusField = (id: string) => document.getElementById(id)?.focus();

/** How many preparation answers are in, and which are still missing (each leads to its field). */
export function CompletenessMeter({ data, ids }: Props) {
  const t = useT();
  const meterId = useId();
  const missingId = useId();
  const { answered, total, missing } = preparationCompleteness(data);
  const value = t('prep.meter.value', { answered, count: total });
  return (
    <div className="prep-meter">
      <div className="prep-meter-row">
        <label htmlFor={meterId} className="prep-meter-label">
          {t('prep.meter.label')}
        </label>
        <meter
          id={meterId}
          min={0}
          max={total}
          low={Math.ceil(total / 2)}
          high={total - 1}
          optimum={total}
          value={answered}
          aria-valuetext={value}
        />
        <span className="prep-meter-value">{value}</span>
      </div>
      {missing.length === 0 ? (
        <p className="prep-meter-done">{t('prep.meter.done')}</p>
      ) : (
        <>
          <h3 id={missingId} className="prep-missing-heading">
            {t('prep.meter.missing')}
          </h3>
          <ul className="prep-missing" aria-labelledby={missingId}>
            {missing.map((code) => {
              const target = missingTarget(code, data, ids);
              const label = t(`prep.missing.${code}`);
              return (
                <li key={code}>
                  {target.kind === 'field' ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => focusField(target.id)}
                    >
                      {label}
                    </button>
                  ) : (
                    <>
                      <span className="prep-missing-name">{label}</span>
                      {' — '}
                      <span className="muted">
                        {t(target.where, {
                          field: target.field === undefined ? '' : t(target.field),
                        })}
                      </span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
