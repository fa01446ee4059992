import type { RefObject } from 'react';
import { useT } from '../../i18n/useT';
import { reviewHref } from '../../ui/hashRoute';
import { useFullScreen } from './useFullScreen';

interface Props {
  readonly reviewId: string;
  /** The element shown full screen (the whole presenter page). */
  readonly page: RefObject<HTMLElement | null>;
}

/**
 * The only controls of the presenter view: back to the review, and **Full screen**.
 * Hidden in full screen (Escape leaves it, as the browser does), so the room sees none.
 */
export function PresenterToolbar({ reviewId, page }: Props) {
  const t = useT();
  const { supported, active } = useFullScreen();
  if (active) return null;
  const enter = () => {
    void page.current?.requestFullscreen().catch(() => undefined);
  };
  return (
    <header className="presenter-toolbar" aria-label={t('presenter.controls')}>
      <a className="presenter-back" href={reviewHref(reviewId)}>
        <span aria-hidden="true">← </span>
        {t('presenter.backToReview')}
      </a>
      {supported && (
        <button type="button" className="presenter-button" onClick={enter}>
          {t('presenter.fullScreen')}
        </button>
      )}
    </header>
  );
}
