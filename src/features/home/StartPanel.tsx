import { useId } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  readonly onNewReview: () => void;
  readonly onOpenDemo: () => void;
  readonly busy: boolean;
  readonly error: string | null;
}

/** The two ways to start without a file: a review typed by hand, or the demo. */
export function StartPanel({ onNewReview, onOpenDemo, busy, error }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel start-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.start.heading')}</h2>
      <div className="start-actions">
        <button type="button" className="button button-primary button-large" onClick={onNewReview}>
          {t('home.newReview')}
        </button>
        <div className="start-demo">
          <button
            type="button"
            className="button button-large"
            onClick={onOpenDemo}
            disabled={busy}
          >
            {t('home.openDemo')}
          </button>
          <p className="field-hint">{t('home.demoHint')}</p>
        </div>
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
