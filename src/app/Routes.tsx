import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ImportOutcome } from '../features/home/ImportOutcome';
import { HomePage } from '../features/home/HomePage';
import { ImportOutcomeNotice } from '../features/home/ImportOutcomeNotice';
import { useT } from '../i18n/useT';
import { useHashRoute } from './useHashRoute';

// The review page (and later the canvas) stays out of the home page's chunk.
const ReviewPage = lazy(() =>
  import('../features/review/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const PresenterPage = lazy(() =>
  import('../features/presenter/PresenterPage').then((m) => ({ default: m.PresenterPage })),
);

/**
 * `#/` → all reviews; `#/history` → every review side by side; `#/review/<id>` → that review (with the last import's summary);
 * `#/review/<id>/present` → its presenter view.
 */
export function Routes() {
  const t = useT();
  const route = useHashRoute();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const routeKey =
    route.name === 'home' || route.name === 'history' ? route.name : `${route.name}:${route.id}`;
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, [routeKey]);
  const dismiss = useCallback(() => setOutcome(null), []);

  if (route.name === 'home') return <HomePage onImported={setOutcome} />;
  if (route.name === 'history') {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <HistoryPage />
      </Suspense>
    );
  }
  if (route.name === 'present') {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <PresenterPage key={route.id} reviewId={route.id} />
      </Suspense>
    );
  }
  const banner =
    outcome !== null && outcome.reviewIds.includes(route.id) ? (
      <ImportOutcomeNotice outcome={outcome} onDismiss={dismiss} />
    ) : null;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <ReviewPage key={route.id} reviewId={route.id} banner={banner} />
    </Suspense>
  );
}
