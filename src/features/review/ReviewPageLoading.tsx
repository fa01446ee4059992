import { useAppStore } from '../../store/useAppStore';
import { AppHeader } from '../../ui/AppHeader';
import { BackLink } from '../../ui/BackLink';
import { ReviewOpening } from './ReviewOpening';

interface Props {
  readonly reviewId: string;
}

/**
 * The review page while its own code loads (Konva and the drawing, in tasks of their own):
 * the same header and opening panel as the page shows while the review is read. The app
 * reads the review it starts on as soon as storage is open, and its head comes first: the
 * page names the review then, not once its code is in. Reopened with 100,000 messages
 * stored, the head was read ~25 ms after storage opened, and the heading was on screen
 * ~450 ms later, when the page's code had loaded between the message reads.
 */
export function ReviewPageLoading({ reviewId }: Props) {
  const opening = useAppStore((s) => (s.opening?.review.id === reviewId ? s.opening : null));
  const current = useAppStore((s) => (s.current?.review.id === reviewId ? s.current : null));
  return (
    <>
      <AppHeader compact>
        <BackLink />
      </AppHeader>
      <main id="main" className="page review-page" tabIndex={-1}>
        <ReviewOpening
          title={(opening ?? current)?.incident.title ?? null}
          step={current === null ? 'reading' : 'preparing'}
        />
      </main>
    </>
  );
}
