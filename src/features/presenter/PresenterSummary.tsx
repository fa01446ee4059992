import type { GapSummary } from '../../domain/gaps/types';
import type { Target } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { keyFigures } from '../../ui/keyFigures';
import { PresenterFigure } from './PresenterFigure';

interface Props {
  /** Null when the gaps cannot be computed (no alert, end before alert). */
  readonly summary: GapSummary | null;
  readonly target: Target;
}

/** The four figures the room needs, readable from the back: the region named "Summary". */
export function PresenterSummary({ summary, target }: Props) {
  const { t, locale } = useI18n();
  return (
    <section className="presenter-summary" aria-label={t('summary.heading')}>
      {summary === null ? (
        <p>{t('summary.unavailable')}</p>
      ) : (
        <dl className="presenter-figures">
          {keyFigures(summary, target, t, locale).map((f) => (
            <PresenterFigure key={f.key} label={f.label} value={f.value} alarm={f.alarm} />
          ))}
        </dl>
      )}
      <p className="presenter-target">
        {t('summary.target', { ideal: target.ideal, max: target.max })}
      </p>
    </section>
  );
}
