import { useId } from 'react';
import type { GapSummary } from '../../domain/gaps/types';
import type { Target } from '../../domain/model';
import { formatMinutes } from '../../i18n/formatMinutes';
import { formatPercent } from '../../i18n/formatPercent';
import { useI18n } from '../../i18n/useI18n';
import { SummaryFigure } from './SummaryFigure';

interface Props {
  /** Null when the gaps cannot be computed (no alert, end before alert). */
  readonly summary: GapSummary | null;
  readonly target: Target;
}

/** The region named "Summary": the figures of `gaps.md` for this incident. */
export function SummaryRegion({ summary, target }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const minutes = (m: number | null) =>
    m === null ? t('common.none') : t('common.minutes', { value: formatMinutes(m, locale) });
  return (
    <section className="summary panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.heading')}</h2>
      {summary === null ? (
        <p>{t('summary.unavailable')}</p>
      ) : (
        <dl className="figures">
          <SummaryFigure
            label={t('summary.timeToFirstUpdate')}
            value={
              summary.timeToFirstUpdate === null
                ? t('summary.noUpdates')
                : minutes(summary.timeToFirstUpdate)
            }
            alarm={summary.timeToFirstUpdate !== null && summary.timeToFirstUpdate > target.max}
          />
          <SummaryFigure
            label={t('summary.longestGap')}
            value={minutes(summary.longestGap)}
            alarm={summary.longestGap > target.max}
          />
          <SummaryFigure
            label={t('summary.gapsOverTarget')}
            value={String(summary.gapsOverTarget)}
            alarm={summary.gapsOverTarget > 0}
          />
          <SummaryFigure
            label={t('summary.minutesOverTarget')}
            value={minutes(summary.minutesOverTarget)}
            alarm={summary.minutesOverTarget > 0}
          />
          <SummaryFigure
            label={t('summary.coverage')}
            value={formatPercent(summary.coverage, locale)}
          />
          <SummaryFigure label={t('summary.updateCount')} value={String(summary.updateCount)} />
          <SummaryFigure
            label={t('summary.resolutionNoticeDelay')}
            value={minutes(summary.resolutionNoticeDelay)}
          />
        </dl>
      )}
      <p className="summary-target">
        {t('summary.target', { ideal: target.ideal, max: target.max })}
      </p>
    </section>
  );
}
