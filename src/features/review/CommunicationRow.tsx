import type { Communication } from '../../domain/model';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  readonly communication: Communication;
  readonly channelName: string;
  readonly zone: string;
  readonly onEdit: (communication: Communication) => void;
  readonly onDelete: (communication: Communication) => void;
}

/** One message: time, channel, author, kind, its text as plain text (lines kept), actions. */
export function CommunicationRow({ communication, channelName, zone, onEdit, onDelete }: Props) {
  const { t, locale } = useI18n();
  const time = formatDateTime(communication.instant, zone, locale);
  const names = { channel: channelName, time };
  return (
    <tr className={`comm-row comm-${communication.kind}`}>
      <td className="nowrap">{time}</td>
      <td>{channelName}</td>
      <td>{communication.author}</td>
      <td>
        <span className={`kind-badge kind-${communication.kind}`}>
          {t(`kind.${communication.kind}`)}
        </span>
      </td>
      <td className="comm-text">{communication.text}</td>
      <td className="row-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('comms.editNamed', names)}
          onClick={() => onEdit(communication)}
        >
          {t('comms.edit')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={t('comms.deleteNamed', names)}
          onClick={() => onDelete(communication)}
        >
          {t('comms.delete')}
        </button>
      </td>
    </tr>
  );
}
