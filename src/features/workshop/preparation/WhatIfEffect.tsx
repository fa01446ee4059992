import type { GapAnalysis } from '../../../domain/gaps/types';
import { whatIfDelta, type FigureChange } from '../../../domain/workshop/whatIfAnalysis';
import type { MessageKey } from '../../../i18n/Dictionary';
import { formatMinutes } from '../../../i18n/formatMinutes';
import { useI18n } from '../../../i18n/useI18n';

interface Props {
  /** The real analysis (never changed here). */
  readonly real: GapAnalysis;
  /** The analysis as if every what-if had been sent. */
  readonly hypothetical: GapAnalysis;
}

const ROWS: readonly {
  key: 'longestGap' | 'gapsOverTarget' | 'minutesOverTarget';
  label: MessageKey;
}[] = [
  { key: 'longestGap', label: 'prep.effect.longestGap' },
  { key: 'gapsOverTarget', label: 'prep.effect.gapsOverTarget' },
  { key: 'minutesOverTarget', label: 'prep.effect.minutesOverTarget' },
];

/** Real figures beside the figures with the what-ifs, and the change. */
export function WhatIfEffect({ real, hypothetical }: Props) {
  const { t, locale } = useI18n();
  if (!real.ok || !hypothetical.ok) {
    return <p className="muted">{t('prep.effect.unavailable')}</p>;
  }
  const delta = whatIfDelta(real, hypothetical);
  const number = (n: number | null) => (n === null ? t('common.none') : formatMinutes(n, locale));
  const change = ({ before, after }: FigureChange): string => {
    if (before === null || after === null) return t('common.none');
    const d = Math.round((after - before) * 10) / 10;
    if (d === 0) return '0';
    return `${d > 0 ? '+' : '−'}${formatMinutes(Math.abs(d), locale)}`;
  };
  return (
    <>
      <table className="data-table prep-effect">
        <caption>{t('prep.effect.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prep.effect.figure')}</th>
            <th scope="col">{t('prep.effect.real')}</th>
            <th scope="col">{t('prep.effect.withWhatIfs')}</th>
            <th scope="col">{t('prep.effect.change')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, label }) => {
            const figure = delta[key];
            const trend =
              figure.before === null || figure.after === null ? 0 : figure.after - figure.before;
            const tone = trend < 0 ? ' prep-effect-better' : trend > 0 ? ' prep-effect-worse' : '';
            return (
              <tr key={key}>
                <th scope="row">{t(label)}</th>
                <td className="num">{number(figure.before)}</td>
                <td className="num">{number(figure.after)}</td>
                <td className={`num${tone}`}>{change(figure)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field-hint">{t('prep.effect.note')}</p>
    </>
  );
}
