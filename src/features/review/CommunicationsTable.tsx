import { memo, useMemo } from 'react';
import { inTimeOrder } from '../../domain/inTimeOrder';
import type { Channel, Communication } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { SpacerRow } from '../../ui/table/SpacerRow';
import { tableWrapProps } from '../../ui/table/tableWrapProps';
import { useDeferredRows } from '../../ui/table/useDeferredRows';
import { useTableRows } from '../../ui/table/useTableRows';
import { CommunicationRow } from './CommunicationRow';

/** A long table's first rows (see useDeferredRows). */
const NO_MESSAGES: readonly Communication[] = [];

interface Props {
  readonly communications: readonly Communication[];
  readonly channels: readonly Channel[];
  readonly zone: string;
  readonly onEdit: (communication: Communication) => void;
  readonly onDelete: (communication: Communication) => void;
}

/**
 * Every communication in time order (internal ones included), one `tbody` row each; above
 * 1,000 rows only those near the screen are rendered (`aria-rowcount` says how many).
 */
export const CommunicationsTable = memo(function CommunicationsTable({
  communications,
  channels,
  zone,
  onEdit,
  onDelete,
}: Props) {
  const t = useT();
  const names = useMemo(() => new Map(channels.map((c) => [c.id, c.name])), [channels]);
  const sorted = useMemo(() => inTimeOrder(communications), [communications]);
  const shown = useDeferredRows(sorted, NO_MESSAGES);
  const rows = useTableRows(shown.rows.length, 49);
  return (
    <div {...tableWrapProps(sorted.length, 49)}>
      <table
        className="data-table comms-table"
        aria-rowcount={rows.virtual ? shown.rows.length + 1 : undefined}
        aria-busy={shown.pending || undefined}
      >
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
        <tbody ref={rows.bodyRef}>
          <SpacerRow height={rows.before} columns={6} />
          {rows.indexes.map((i) => {
            const c = shown.rows[i];
            return c === undefined ? null : (
              <CommunicationRow
                key={c.id}
                communication={c}
                channelName={names.get(c.channelId) ?? ''}
                zone={zone}
                onEdit={onEdit}
                onDelete={onDelete}
                rowIndex={rows.virtual ? i : undefined}
                measureRef={rows.virtual ? rows.measureRow : undefined}
              />
            );
          })}
          <SpacerRow height={rows.after} columns={6} />
        </tbody>
      </table>
      {sorted.length === 0 && <p className="table-empty">{t('comms.empty')}</p>}
    </div>
  );
});
