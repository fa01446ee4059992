import { useState } from 'react';
import type { Communication } from '../../domain/model';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { useI18n } from '../../i18n/useI18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  readonly communication: Communication;
  readonly channelName: string;
  readonly zone: string;
  readonly onConfirm: (id: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Asks before deleting a communication, quoting it. */
export function DeleteCommunicationDialog({
  communication,
  channelName,
  zone,
  onConfirm,
  onClose,
}: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm(communication.id);
      onClose();
    } catch (e) {
      setError(t('comms.form.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  const text =
    communication.text.length > 280 ? `${communication.text.slice(0, 280)}…` : communication.text;
  return (
    <ConfirmDialog
      title={t('comms.delete.title')}
      confirmLabel={t('comms.delete.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
      error={error}
    >
      <p>
        {t('comms.delete.body', {
          channel: channelName,
          time: formatDateTime(communication.instant, zone, locale),
          author: communication.author || t('comms.noAuthor'),
        })}
      </p>
      <blockquote className="quote">{text}</blockquote>
    </ConfirmDialog>
  );
}
