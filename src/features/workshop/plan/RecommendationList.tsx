import { useId } from 'react';
import { RECOMMENDATIONS } from '../../../domain/workshop/recommendations';
import { useI18n } from '../../../i18n/useI18n';

interface Props {
  /** Open when the root cause has no action yet. */
  readonly open: boolean;
  /** Adds a new action with this text (the group then rewrites it). */
  readonly onUse: (text: string) => void;
}

/** The five common recommendations, in the UI language, as starting points for an action. */
export function RecommendationList({ open, onUse }: Props) {
  const { t, language } = useI18n();
  const baseId = useId();
  return (
    <details className="recommendations" open={open}>
      <summary>{t('plan.rec.heading')}</summary>
      <p className="muted">{t('plan.rec.intro')}</p>
      <ul>
        {RECOMMENDATIONS.map((rec) => {
          const textId = `${baseId}-${rec.id}`;
          return (
            <li key={rec.id} className="recommendation">
              <div>
                <p className="recommendation-cause">
                  {t('plan.rec.cause', { cause: rec.cause[language] })}
                </p>
                <p id={textId} className="recommendation-action">
                  {rec.action[language]}
                </p>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-describedby={textId}
                onClick={() => onUse(rec.draft[language])}
              >
                {t('plan.rec.use')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
