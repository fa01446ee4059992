import type { GapSummary } from '../domain/gaps/types';
import type { Target } from '../domain/model';
import type { Translate } from '../i18n/I18nContext';
import { formatMinutes } from '../i18n/formatMinutes';

export interface KeyFigure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Over the target: shown with a warning, not by colour alone. */
  readonly alarm: boolean;
}

/** Minutes for a figure (`12 min`), or a dash when there is none. */
export function figureMinutes(m: number | null, t: Translate, locale: string): string {
  return m === null ? t('common.none') : t('common.minutes', { value: formatMinutes(m, locale) });
}

/**
 * The four figures the workshop judges a review by (time to first update, longest gap,
 * gaps over target, minutes over target), worded and flagged against the target. The
 * review page's Summary and the presenter's both show them.
 */
export function keyFigures(
  summary: GapSummary,
  target: Target,
  t: Translate,
  locale: string,
): KeyFigure[] {
  const first = summary.timeToFirstUpdate;
  return [
    {
      key: 'timeToFirstUpdate',
      label: t('summary.timeToFirstUpdate'),
      value: first === null ? t('summary.noUpdates') : figureMinutes(first, t, locale),
      alarm: first !== null && first > target.max,
    },
    {
      key: 'longestGap',
      label: t('summary.longestGap'),
      value: figureMinutes(summary.longestGap, t, locale),
      alarm: summary.longestGap > target.max,
    },
    {
      key: 'gapsOverTarget',
      label: t('summary.gapsOverTarget'),
      value: String(summary.gapsOverTarget),
      alarm: summary.gapsOverTarget > 0,
    },
    {
      key: 'minutesOverTarget',
      label: t('summary.minutesOverTarget'),
      value: figureMinutes(summary.minutesOverTarget, t, locale),
      alarm: summary.minutesOverTarget > 0,
    },
  ];
}
