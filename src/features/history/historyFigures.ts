import type { GapSummary } from '../../domain/gaps/types';
import type { Translate } from '../../i18n/I18nContext';
import { formatPercent } from '../../i18n/formatPercent';
import { figureMinutes } from '../../ui/keyFigures';

export type HistoryFigureKey = keyof Pick<
  GapSummary,
  | 'timeToFirstUpdate'
  | 'updateCount'
  | 'longestGap'
  | 'gapsOverTarget'
  | 'minutesOverTarget'
  | 'coverage'
>;

/** One figure History compares: its label, how it is shown and which way is better. */
export interface HistoryFigure {
  readonly key: HistoryFigureKey;
  readonly label: string;
  readonly unit: 'minutes' | 'count' | 'share';
  readonly better: 'lower' | 'higher';
}

/** The six figures, in column order (issue "Take the plan away", History). */
export function historyFigures(t: Translate): HistoryFigure[] {
  return [
    {
      key: 'timeToFirstUpdate',
      label: t('history.col.timeToFirstUpdate'),
      unit: 'minutes',
      better: 'lower',
    },
    { key: 'updateCount', label: t('history.col.updateCount'), unit: 'count', better: 'higher' },
    { key: 'longestGap', label: t('history.col.longestGap'), unit: 'minutes', better: 'lower' },
    {
      key: 'gapsOverTarget',
      label: t('history.col.gapsOverTarget'),
      unit: 'count',
      better: 'lower',
    },
    {
      key: 'minutesOverTarget',
      label: t('history.col.minutesOverTarget'),
      unit: 'minutes',
      better: 'lower',
    },
    { key: 'coverage', label: t('history.col.coverage'), unit: 'share', better: 'higher' },
  ];
}

/** A figure's value as the table and the charts word it (`12 min`, `3`, `87%`, `—`). */
export function formatFigure(
  value: number | null,
  figure: HistoryFigure,
  t: Translate,
  locale: string,
): string {
  if (value === null) return t('common.none');
  if (figure.unit === 'minutes') return figureMinutes(value, t, locale);
  if (figure.unit === 'share') return formatPercent(value, locale);
  return String(value);
}
