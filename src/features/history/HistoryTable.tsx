import type { HistoryRow } from '../../domain/history/reviewHistory';
import { formatDate } from '../../domain/time/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { reviewHref } from '../../ui/hashRoute';
import { formatFigure, type HistoryFigure } from './historyFigures';

interface Props {
  readonly rows: readonly HistoryRow[];
  readonly figures: readonly HistoryFigure[];
}

/** Every review compared, one row each, oldest incident first; titles link to the review. */
export function HistoryTable({ rows, figures }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table history-table">
        <caption>{t('history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.col.incident')}</th>
            <th scope="col">{t('history.col.date')}</th>
            <th scope="col">{t('history.col.severity')}</th>
            {figures.map((f) => (
              <th key={f.key} scope="col" className="num">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reviewId}>
              <th scope="row">
                <a href={reviewHref(row.reviewId)}>{row.title}</a>
              </th>
              <td className="nowrap">{formatDate(row.alert, row.timeZone, locale)}</td>
              <td>{row.severity === null ? t('severity.none') : t(`severity.${row.severity}`)}</td>
              {figures.map((f) => (
                <td key={f.key} className="num">
                  {formatFigure(row.summary[f.key], f, t, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
