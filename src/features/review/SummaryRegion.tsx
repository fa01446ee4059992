import { memo, useId } from 'react';
import type { GapSummary } from '../../domain/gaps/types';
import type { Target } from '../../domain/model';
import { formatPercent } from '../../i18n/formatPercent';
import { useI18n } from '../../i18n/useI18n';
import { figureMinutes, keyFigures } from '../../ui/keyFigures';
import { SummaryFigure } from './SummaryFigure';

interface Props {
  /** Null when the gaps cannot be computed (no alert, end before alert). */
  readonly summary: GapSummary | null;
  readonly target: Target;
}

/** The region named "Summary": the figures of `gaps.md` for this incident. */
export const SummaryRegion = memo(function SummaryRegion({ summary, target }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  return (
    <section className="summary panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.heading')}</h2>
      {summary === null ? (
        <p>{t('summary.unavailable')}</p>
      ) : (
        <dl className="figures">
          {keyFigures(summary, target, t, locale).map((f) => (
            <SummaryFigure key={f.key} label={f.label} value={f.value} alarm={f.alarm} />
          ))}
          <SummaryFigure
            label={t('summary.coverage')}
            value={formatPercent(summary.coverage, locale)}
          />
          <SummaryFigure label={t('summary.updateCount')} value={String(summary.updateCount)} />
          <SummaryFigure
            label={t('summary.resolutionNoticeDelay')}
            value={figureMinutes(summary.resolutionNoticeDelay, t, locale)}
          />
        </dl>
      )}
      <p className="summary-target">
        {t('summary.target', { ideal: target.ideal, max: target.max })}
      </p>
    </section>
  );
});
