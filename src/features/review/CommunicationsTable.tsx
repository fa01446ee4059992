import type { Channel, Communication } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { CommunicationRow } from './CommunicationRow';

interface Props {
  readonly communications: readonly Communication[];
  readonly channels: readonly Channel[];
  readonly zone: string;
  readonly onEdit: (communication: Communication) => void;
  readonly onDelete: (communication: Communication) => void;
}

const byInstantThenOrder = (a: Communication, b: Communication) =>
  a.instant - b.instant || a.order - b.order;

/** Every communication in time order (internal ones included), one `tbody` row each. */
export function CommunicationsTable({ communications, channels, zone, onEdit, onDelete }: Props) {
  const t = useT();
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const sorted = [...communications].sort(byInstantThenOrder);
  return (
    <div className="table-wrap">
      <table className="data-table comms-table">
        <caption>{t('comms.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('comms.time')}</th>
            <th scope="col">{t('comms.channel')}</th>
            <th scope="col">{t('comms.author')}</th>
            <th scope="col">{t('comms.kind')}</th>
            <th scope="col">{t('comms.text')}</th>
            <th scope="col">{t('comms.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <CommunicationRow
              key={c.id}
              communication={c}
              channelName={names.get(c.channelId) ?? ''}
              zone={zone}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
      {sorted.length === 0 && <p className="table-empty">{t('comms.empty')}</p>}
    </div>
  );
}
