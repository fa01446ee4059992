import { useEffect, useId, useMemo, useState } from 'react';
import {
  NO_HISTORY_FILTER,
  reviewHistory,
  type HistoryFilter,
} from '../../domain/history/reviewHistory';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/useAppStore';
import { AppHeader } from '../../ui/AppHeader';
import { BackLink } from '../../ui/BackLink';
import { HistoryChart } from './HistoryChart';
import { HistoryFilters } from './HistoryFilters';
import { historyFigures } from './historyFigures';
import { HistoryTable } from './HistoryTable';
import './history.css';

/**
 * History: every review side by side — time to first update, update count, longest gap,
 * gaps over target, minutes over target, coverage — as a table and as small charts over
 * time, filtered by severity and date, so the team sees whether it improved.
 */
export function HistoryPage() {
  const { t } = useI18n();
  const chartsId = useId();
  const reviews = useAppStore((s) => s.reviews);
  const loaded = useAppStore((s) => s.reviewsLoaded);
  const actions = useAppStore((s) => s.actions);
  const [filter, setFilter] = useState<HistoryFilter>(NO_HISTORY_FILTER);

  useEffect(() => {
    void actions.refreshReviews().catch(() => undefined);
  }, [actions]);

  const history = useMemo(() => reviewHistory(reviews, filter), [reviews, filter]);
  const figures = useMemo(() => historyFigures(t), [t]);

  return (
    <>
      <AppHeader compact>
        <BackLink />
      </AppHeader>
      <main id="main" className="page history-page" tabIndex={-1}>
        <h1>{t('history.title')}</h1>
        <p>{t('history.intro')}</p>
        {!loaded ? (
          <p role="status">{t('history.loading')}</p>
        ) : reviews.length === 0 ? (
          <p className="panel">{t('history.none')}</p>
        ) : (
          <>
            <div className="panel">
              <HistoryFilters filter={filter} onChange={setFilter} />
              <p role="status" className="history-count">
                {t('history.shown', { count: history.rows.length })}
                {history.notAnalysable > 0 &&
                  ` ${t('history.notAnalysable', { count: history.notAnalysable })}`}
              </p>
            </div>
            {history.rows.length === 0 ? (
              <p className="panel">{t('history.empty')}</p>
            ) : (
              <>
                <div className="panel">
                  <HistoryTable rows={history.rows} figures={figures} />
                </div>
                <section className="panel" aria-labelledby={chartsId}>
                  <h2 id={chartsId}>{t('history.charts')}</h2>
                  <div className="history-charts">
                    {figures.map((f) => (
                      <HistoryChart key={f.key} figure={f} rows={history.rows} />
                    ))}
                  </div>
                </section>
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
