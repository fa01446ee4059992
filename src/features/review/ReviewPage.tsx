import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { AppHeader } from '../../ui/AppHeader';
import { BackLink } from '../../ui/BackLink';
import { StorageIndicator } from '../../ui/StorageIndicator';
import { ReviewBackupButton } from '../export/ReviewBackupButton';
import { homeHref } from '../../ui/hashRoute';
import { ImportSaveBanner } from './ImportSaveBanner';
import { HistoryButtons } from './HistoryButtons';
import { PresenterButton } from './PresenterButton';
import { ReviewOpening } from './ReviewOpening';
import { ReviewWorkspace } from './ReviewWorkspace';
import { SaveErrorBanner } from './SaveErrorBanner';
import { SaveStatus } from './SaveStatus';
import './review.css';

interface Props {
  readonly reviewId: string;
  /** Shown above the review (the summary of the import that created it). */
  readonly banner?: ReactNode;
}

/** One review, opened from the store; a clear message when it does not exist. */
export function ReviewPage({ reviewId, banner }: Props) {
  const t = useT();
  const actions = useAppStore((s) => s.actions);
  const status = useAppStore((s) => s.currentStatus);
  const current = useAppStore((s) => s.current);
  const opening = useAppStore((s) => (s.opening?.review.id === reviewId ? s.opening : null));
  const displayZone = useAppStore((s) => s.displayTimeZone);
  const save = useAppStore((s) => s.save);
  const history = useAppStore((s) => s.history);

  useEffect(() => {
    void actions.openReview(reviewId);
    return () => actions.closeReview();
  }, [actions, reviewId]);

  const data = current?.review.id === reviewId ? current : null;
  const ready = status === 'ready' && data !== null;
  // The workspace first appears in a background render, which React splits into short
  // tasks between components; a store update renders at once, so a review of 100,000
  // messages appearing was one task of ~250–300 ms. Until then the page says it is
  // reading (or names the review). Later updates render at once, as before.
  const shown = useDeferredValue(ready, false);
  const missing = status === 'missing';
  // Made from memory, so it holds every change shown, saved or not.
  const backup = ready ? (
    <ReviewBackupButton data={data} zone={displayZone ?? data.incident.timeZone} />
  ) : null;

  return (
    <>
      <AppHeader compact>
        <BackLink />
        {ready && (
          <>
            <HistoryButtons
              canUndo={history.canUndo}
              canRedo={history.canRedo}
              onUndo={() => void actions.undo()}
              onRedo={() => void actions.redo()}
            />
            <PresenterButton reviewId={reviewId} />
            <SaveStatus save={save} />
            <StorageIndicator backup={backup} />
          </>
        )}
      </AppHeader>
      <main id="main" className="page review-page" tabIndex={-1}>
        {missing ? (
          <div className="panel not-found">
            <h1>{t('review.missing.title')}</h1>
            <p>{t('review.missing.body')}</p>
            <p>
              <a href={homeHref()}>{t('review.back')}</a>
            </p>
          </div>
        ) : !(ready && shown) ? (
          <ReviewOpening
            title={(opening ?? data)?.incident.title ?? null}
            step={ready ? 'preparing' : 'reading'}
          />
        ) : (
          <>
            <h1 className="visually-hidden">{data.incident.title}</h1>
            <ImportSaveBanner reviewId={reviewId} />
            {banner}
            <SaveErrorBanner save={save} onRetry={() => void actions.retrySave()} backup={backup} />
            <ReviewWorkspace data={data} zone={displayZone ?? data.incident.timeZone} />
          </>
        )}
      </main>
    </>
  );
}
