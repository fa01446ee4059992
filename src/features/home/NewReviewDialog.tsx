import { useId, useState, type FormEvent } from 'react';
import type { EpochMs } from '../../domain/model';
import { parseLocalDateTime } from '../../domain/time/parseLocalDateTime';
import { useT } from '../../i18n/useT';
import { Modal } from '../../ui/Modal';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import type { EmptyReviewInput } from './makeEmptyReview';

interface Props {
  readonly defaultZone: string;
  readonly onCreate: (input: EmptyReviewInput) => Promise<void>;
  readonly onClose: () => void;
}

/** Starts a review typed in by hand: title, first alert, the incident's zone. */
export function NewReviewDialog({ defaultZone, onCreate, onClose }: Props) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [alert, setAlert] = useState('');
  const [zone, setZone] = useState(defaultZone);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('newReview.titleRequired'));
      return;
    }
    const ms: EpochMs | null = parseLocalDateTime(alert, zone);
    if (ms === null) {
      setError(t('newReview.alertInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate({ title: title.trim(), alert: ms, timeZone: zone });
    } catch (e) {
      setError(t('newReview.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('newReview.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('newReview.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('newReview.name')}</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            data-autofocus
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-alert`}>{t('newReview.alert')}</label>
          <input
            id={`${id}-alert`}
            type="datetime-local"
            value={alert}
            onChange={(e) => setAlert(e.target.value)}
          />
        </div>
        <TimeZoneSelect label={t('newReview.zone')} value={zone} onChange={setZone} />
        {error !== null && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('newReview.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
