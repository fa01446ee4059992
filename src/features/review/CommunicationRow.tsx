import { memo } from 'react';
import type { Communication } from '../../domain/model';
import { formatDate } from '../../domain/time/formatDate';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatInstant } from '../../domain/time/formatInstant';
import { useI18n } from '../../i18n/useI18n';
import { virtualRowAttributes, type VirtualRowProps } from '../../ui/table/VirtualRowProps';

interface Props extends VirtualRowProps {
  readonly communication: Communication;
  readonly channelName: string;
  readonly zone: string;
  readonly onEdit: (communication: Communication) => void;
  readonly onDelete: (communication: Communication) => void;
}

/**
 * One message: time, channel, author, kind, its text as plain text (lines kept), actions.
 * It re-renders only when its record, channel name, zone or handlers change (a note moved
 * on the drawing must not re-render 2,000 rows).
 */
export const CommunicationRow = memo(function CommunicationRow({
  communication,
  channelName,
  zone,
  onEdit,
  onDelete,
  rowIndex,
  measureRef,
}: Props) {
  const { t, locale } = useI18n();
  const time = formatDateTime(communication.instant, zone, locale);
  const names = { channel: channelName, time };
  return (
    <tr
      className={`comm-row comm-${communication.kind}`}
      ref={measureRef}
      {...virtualRowAttributes(rowIndex)}
    >
      <td>
        <span className="nowrap">{formatDate(communication.instant, zone, locale)},</span>{' '}
        <span className="nowrap">{formatInstant(communication.instant, zone, locale)}</span>
      </td>
      <td>{channelName}</td>
      <td>{communication.author}</td>
      <td>
        <span className={`kind-badge kind-${communication.kind}`}>
          {t(`kind.${communication.kind}`)}
        </span>
      </td>
      <td className="comm-text">{communication.text}</td>
      <td>
        <div className="row-actions">
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
        </div>
      </td>
    </tr>
  );
});
