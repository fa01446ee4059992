import { PresenterScreenshot } from './PresenterScreenshot';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { selectGapAnalysis } from '../../store/selectors/selectGapAnalysis';
import { useAppStore } from '../../store/useAppStore';
import { homeHref } from '../../ui/hashRoute';
import { PresenterStepClock } from '../workshop/PresenterStepClock';
import { PresenterSummary } from './PresenterSummary';
import { PresenterTimeline } from './PresenterTimeline';
import { PresenterToolbar } from './PresenterToolbar';
import './presenter.css';

interface Props {
  readonly reviewId: string;
}

/**
 * The review for the room, on a projector: the incident title, the key Summary figures
 * and the timeline drawing in large type and high contrast, with no editing controls.
 * Opened on `#/review/<id>/present`, which makes this window a presenter: it follows the
 * facilitator's window (its edits, its timeline view and focus) and never leads.
 */
export function PresenterPage({ reviewId }: Props) {
  const t = useT();
  const actions = useAppStore((s) => s.actions);
  const status = useAppStore((s) => s.currentStatus);
  const current = useAppStore((s) => s.current);
  const displayZone = useAppStore((s) => s.displayTimeZone);
  const analysis = useAppStore(selectGapAnalysis);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void actions.openReview(reviewId);
    return () => actions.closeReview();
  }, [actions, reviewId]);

  const data = current?.review.id === reviewId ? current : null;

  return (
    <div ref={pageRef} className="presenter">
      <PresenterToolbar reviewId={reviewId} page={pageRef} />
      <main id="main" className="presenter-main" tabIndex={-1}>
        {status === 'missing' ? (
          <>
            <h1>{t('review.missing.title')}</h1>
            <p>{t('review.missing.body')}</p>
            <p>
              <a href={homeHref()}>{t('review.back')}</a>
            </p>
          </>
        ) : status !== 'ready' || data === null || analysis === null ? (
          <p role="status">{t('presenter.loading')}</p>
        ) : (
          <>
            <h1 className="presenter-title">{data.incident.title}</h1>
            <PresenterStepClock session={data.session} />
            <PresenterSummary
              summary={analysis.ok ? analysis.summary : null}
              target={data.incident.target}
            />
            <PresenterScreenshot attachments={data.attachments} />
            <PresenterTimeline data={data} analysis={analysis} zone={displayZone} />
          </>
        )}
      </main>
    </div>
  );
}
