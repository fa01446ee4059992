import { useT } from '../i18n/useT';
import { homeHref } from '../ui/hashRoute';

interface Props {
  readonly error: Error;
  readonly onReset: () => void;
}

/** What the error boundary shows instead of a blank page. */
export function ErrorScreen({ error, onReset }: Props) {
  const t = useT();
  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="panel notice-error" role="alert">
        <h1>{t('app.error.title')}</h1>
        <p>{t('app.error.body')}</p>
        <p className="notice-details">{t('app.error.details', { message: error.message })}</p>
        <div className="form-actions">
          <a className="button" href={homeHref()} onClick={onReset}>
            {t('app.error.home')}
          </a>
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.location.reload()}
          >
            {t('app.error.reload')}
          </button>
        </div>
      </div>
    </main>
  );
}
