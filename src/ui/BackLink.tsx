import { useT } from '../i18n/useT';
import { homeHref } from './hashRoute';

/** "← All reviews": the link back home in a page's header. */
export function BackLink() {
  const t = useT();
  return (
    <a className="back-link" href={homeHref()}>
      <span aria-hidden="true">← </span>
      {t('review.back')}
    </a>
  );
}
