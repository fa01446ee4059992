import { useT } from '../../i18n/useT';
import { navigate, presenterHref } from '../../ui/hashRoute';

interface Props {
  readonly reviewId: string;
}

/**
 * Opens the presenter view in a second window (one per review: a second click brings the
 * same window back), so the facilitator keeps the controls here. Where pop-ups are
 * blocked, the presenter view opens in this tab instead.
 */
export function PresenterButton({ reviewId }: Props) {
  const t = useT();
  const open = () => {
    const href = presenterHref(reviewId);
    const opened = window.open(
      href,
      `gapline-presenter-${reviewId}`,
      'popup,width=1280,height=720',
    );
    if (opened === null) navigate(href);
  };
  return (
    <button type="button" className="button button-small" onClick={open}>
      {t('presenter.open')}
    </button>
  );
}
