import type { HistoryRow } from '../../domain/history/reviewHistory';
import { formatDate } from '../../domain/time/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { formatFigure, type HistoryFigure } from './historyFigures';

interface Props {
  readonly figure: HistoryFigure;
  readonly rows: readonly HistoryRow[];
}

const WIDTH = 240;
const HEIGHT = 72;
const GAP = 3;
/** A few reviews still read as a chart, not as blocks. */
const MAX_BAR = 28;

/**
 * One figure over time: a bar per review, oldest incident on the left, the latest value
 * written under it. An image for sighted readers; its label lists every value in order
 * (the table above holds the same numbers).
 */
export function HistoryChart({ figure, rows }: Props) {
  const { t, locale } = useI18n();
  const values = rows.map((r) => r.summary[figure.key]);
  const max = Math.max(figure.unit === 'share' ? 1 : 0, ...values.map((v) => v ?? 0));
  const bar =
    rows.length === 0 ? 0 : Math.min(MAX_BAR, (WIDTH - GAP * (rows.length - 1)) / rows.length);
  const words = rows
    .map(
      (r, i) =>
        `${formatDate(r.alert, r.timeZone, locale)} ${formatFigure(values[i] ?? null, figure, t, locale)}`,
    )
    .join('; ');
  const latest = values.at(-1) ?? null;
  return (
    <figure className="history-chart">
      <figcaption>
        <span className="history-chart-title">{figure.label}</span>{' '}
        <span className="history-chart-better">
          (
          {t(
            figure.better === 'lower'
              ? 'history.chart.lowerIsBetter'
              : 'history.chart.higherIsBetter',
          )}
          )
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={t('history.chart.label', { figure: figure.label, values: words })}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <line
          x1={0}
          y1={HEIGHT - 0.5}
          x2={WIDTH}
          y2={HEIGHT - 0.5}
          className="history-chart-axis"
        />
        {values.map((v, i) => {
          const h = max === 0 || v === null ? 0 : Math.max(2, ((HEIGHT - 4) * v) / max);
          return (
            <rect
              key={rows[i]?.reviewId ?? i}
              x={i * (bar + GAP)}
              y={HEIGHT - 1 - h}
              width={Math.max(1, bar)}
              height={h}
              className={i === values.length - 1 ? 'history-bar history-bar-latest' : 'history-bar'}
            />
          );
        })}
      </svg>
      <p className="history-chart-latest">{formatFigure(latest, figure, t, locale)}</p>
    </figure>
  );
}
