import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { ReviewListItem } from '../../domain/reviewGateway';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  readonly item: ReviewListItem;
  readonly onConfirm: (id: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Asks before deleting a review, naming it. */
export function DeleteReviewDialog({ item, onConfirm, onClose }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = item.review.title || item.incidentTitle;
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm(item.review.id);
      onClose();
    } catch (e) {
      setError(t('home.delete.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('home.delete.title')}
      confirmLabel={t('home.delete.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
      error={error}
    >
      <p>{t('home.delete.body', { title })}</p>
    </ConfirmDialog>
  );
}
