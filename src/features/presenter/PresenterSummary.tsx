import type { GapSummary } from '../../domain/gaps/types';
import type { Target } from '../../domain/model';
import { formatMinutes } from '../../i18n/formatMinutes';
import { useI18n } from '../../i18n/useI18n';
import { PresenterFigure } from './PresenterFigure';

interface Props {
  /** Null when the gaps cannot be computed (no alert, end before alert). */
  readonly summary: GapSummary | null;
  readonly target: Target;
}

/** The four figures the room needs, readable from the back: the region named "Summary". */
export function PresenterSummary({ summary, target }: Props) {
  const { t, locale } = useI18n();
  const minutes = (m: number | null) =>
    m === null ? t('common.none') : t('common.minutes', { value: formatMinutes(m, locale) });
  return (
    <section className="presenter-summary" aria-label={t('summary.heading')}>
      {summary === null ? (
        <p>{t('summary.unavailable')}</p>
      ) : (
        <dl className="presenter-figures">
          <PresenterFigure
            label={t('summary.timeToFirstUpdate')}
            value={
              summary.timeToFirstUpdate === null
                ? t('summary.noUpdates')
                : minutes(summary.timeToFirstUpdate)
            }
            alarm={summary.timeToFirstUpdate !== null && summary.timeToFirstUpdate > target.max}
          />
          <PresenterFigure
            label={t('summary.longestGap')}
            value={minutes(summary.longestGap)}
            alarm={summary.longestGap > target.max}
          />
          <PresenterFigure
            label={t('summary.gapsOverTarget')}
            value={String(summary.gapsOverTarget)}
            alarm={summary.gapsOverTarget > 0}
          />
          <PresenterFigure
            label={t('summary.minutesOverTarget')}
            value={minutes(summary.minutesOverTarget)}
            alarm={summary.minutesOverTarget > 0}
          />
        </dl>
      )}
      <p className="presenter-target">
        {t('summary.target', { ideal: target.ideal, max: target.max })}
      </p>
    </section>
  );
}
