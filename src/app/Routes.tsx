import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ImportOutcome } from '../features/home/ImportOutcome';
import { HomePage } from '../features/home/HomePage';
import { ImportOutcomeNotice } from '../features/home/ImportOutcomeNotice';
import { ReviewPageLoading } from '../features/review/ReviewPageLoading';
import { useT } from '../i18n/useT';
import type { Route } from '../ui/hashRoute';
import { loadReviewPage } from './loadReviewPage';
import { useHashRoute } from './useHashRoute';

// The review page (and the canvas) stays out of the home page's chunk (`loadReviewPage`).
const loadHistoryPage = () => import('../features/history/HistoryPage');
const loadPresenterPage = () => import('../features/presenter/PresenterPage');
const ReviewPage = lazy(() => loadReviewPage().then((m) => ({ default: m.ReviewPage })));
const HistoryPage = lazy(() => loadHistoryPage().then((m) => ({ default: m.HistoryPage })));
const PresenterPage = lazy(() => loadPresenterPage().then((m) => ({ default: m.PresenterPage })));

/**
 * Starts loading the code of the page `route` shows, so that it loads while storage opens
 * rather than after (the lazy page then finds its module loaded or on its way).
 */
export function preloadPage(route: Route): void {
  const load =
    route.name === 'review'
      ? loadReviewPage
      : route.name === 'present'
        ? loadPresenterPage
        : route.name === 'history'
          ? loadHistoryPage
          : null;
  // A failed preload is retried, and reported, by the page's own lazy load.
  load?.().catch(() => undefined);
}

/** Starts loading the review page's code (an import's preview is shown: it opens next). */
function preloadReviewPage(): void {
  loadReviewPage().catch(() => undefined);
}

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

  if (route.name === 'home') {
    return <HomePage onImported={setOutcome} onPreview={preloadReviewPage} />;
  }
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
    <Suspense fallback={<ReviewPageLoading key={route.id} reviewId={route.id} />}>
      <ReviewPage key={route.id} reviewId={route.id} banner={banner} />
    </Suspense>
  );
}
